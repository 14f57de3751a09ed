package id.loket.base.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, UUID> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findAllByOrderByUsernameAsc();

    /**
     * Counts a failed login in one statement, so parallel failures never lose a count (the entity's version
     * would make all but one fail). Every {@code max}-th failure in a row (re)locks the account and bumps the
     * security stamp. MariaDB assigns left to right: {@code locked_until} and the stamp still see the old count.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "UPDATE app_user SET "
            + "locked_until = CASE WHEN MOD(failed_logins + 1, :max) = 0 THEN :lockUntil ELSE locked_until END, "
            + "security_stamp = CASE WHEN MOD(failed_logins + 1, :max) = 0 THEN security_stamp + 1 ELSE security_stamp END, "
            + "failed_logins = failed_logins + 1 WHERE username = :username", nativeQuery = true)
    int countFailedLogin(@Param("username") String username, @Param("max") int max, @Param("lockUntil") Instant lockUntil);

    @Query(value = "SELECT failed_logins FROM app_user WHERE username = :username", nativeQuery = true)
    Optional<Integer> failedLogins(@Param("username") String username);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = :username "
            + "AND (failed_logins <> 0 OR locked_until IS NOT NULL)", nativeQuery = true)
    int resetFailedLogins(@Param("username") String username);

    @Query(value = "SELECT security_stamp FROM app_user WHERE username = :username", nativeQuery = true)
    Optional<Long> securityStamp(@Param("username") String username);
}
