package be.miis.frontdesk.ticket;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByReference(String reference);

    /**
     * The id of a new ticket, from the sequence behind {@code ticket.id} (which the import's inserts use too): taken
     * before the ticket is built, so its events carry it and it is inserted once.
     */
    @Query(value = "select nextval(pg_get_serial_sequence('ticket', 'id'))", nativeQuery = true)
    long nextId();

    /**
     * The ticket to change. Every change, even an appended note, raises the version at commit, so a concurrent
     * editor's older version is refused instead of silently overwritten.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select t from Ticket t where t.reference = :reference")
    Optional<Ticket> findForChangeByReference(String reference);

    @Query("select t.id from Ticket t where t.reference = :reference")
    Optional<Long> findIdByReference(String reference);

    @Query("select t.reference from Ticket t where t.id = :id")
    Optional<String> findReferenceById(long id);
}
