package be.miis.frontdesk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
    boolean existsByUsername(String username);

    /** Username and full name of the accounts among these lower-cased usernames: one query for a whole list. */
    @Query("select u.username, u.displayName from UserAccount u where lower(u.username) in :lowerUsernames")
    List<Object[]> findDisplayNames(Collection<String> lowerUsernames);

    // No "distinct": Hibernate 7 de-duplicates fetch joins itself, and PostgreSQL refuses DISTINCT with this ORDER BY.
    @Query("select u from UserAccount u left join fetch u.roles order by lower(u.username)")
    List<UserAccount> findAllWithRoles();
}
