package be.miis.frontdesk.ticket;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByReference(String reference);

    /**
     * The ticket to change. Every change, even an appended note, raises the version at commit, so a concurrent
     * editor's older version is refused instead of silently overwritten.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select t from Ticket t where t.reference = :reference")
    Optional<Ticket> findForChangeByReference(String reference);
}
