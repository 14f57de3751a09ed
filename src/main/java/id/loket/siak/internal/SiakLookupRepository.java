package id.loket.siak.internal;

import id.loket.siak.LookupStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SiakLookupRepository extends JpaRepository<SiakLookupEntity, UUID> {

    /** The card's current lookup: the newest, the one not superseded (the database keeps at most one). */
    @Query("SELECT l FROM SiakLookupEntity l WHERE l.applicationId = ?1 AND l.supersededAt IS NULL")
    Optional<SiakLookupEntity> findByApplicationId(UUID applicationId);

    /** Every lookup of a card, oldest first: the record of who asked which NIK when. */
    List<SiakLookupEntity> findAllByApplicationIdOrderByRequestedAtAsc(UUID applicationId);

    @Query("SELECT l FROM SiakLookupEntity l WHERE l.status = id.loket.siak.LookupStatus.PENDING "
            + "AND l.supersededAt IS NULL AND l.nextAttemptAt <= ?1 ORDER BY l.nextAttemptAt")
    List<SiakLookupEntity> due(Instant now, Pageable page);

    /**
     * Takes the next attempt of a pending lookup: only one caller wins for a given attempt number (two retriers,
     * two servers after a restart), and the next try is pushed out by the backoff before SIAK is even called.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("UPDATE SiakLookupEntity l SET l.attempts = l.attempts + 1, l.nextAttemptAt = ?3, l.version = l.version + 1 "
            + "WHERE l.id = ?1 AND l.attempts = ?2 AND l.status = id.loket.siak.LookupStatus.PENDING AND l.supersededAt IS NULL")
    int claimAttempt(UUID id, int attempts, Instant nextAttemptAt);

    /**
     * Completes a lookup once, and only with the answer for the NIK it asked: a late second answer finds it no longer
     * pending, and a late answer for a corrected NIK finds it superseded; either changes nothing.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("UPDATE SiakLookupEntity l SET l.status = ?3, l.resultJson = ?4, l.errorKey = ?5, l.completedAt = ?6, "
            + "l.nextAttemptAt = NULL, l.version = l.version + 1 "
            + "WHERE l.id = ?1 AND l.nik = ?2 AND l.status = id.loket.siak.LookupStatus.PENDING AND l.supersededAt IS NULL")
    int complete(UUID id, String nik, LookupStatus status, String resultJson, String errorKey, Instant completedAt);

    /** Remembers why the last attempt got no answer (shown while pending). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("UPDATE SiakLookupEntity l SET l.errorKey = ?2 WHERE l.id = ?1 AND l.status = id.loket.siak.LookupStatus.PENDING")
    int noteError(UUID id, String errorKey);

    @Query("SELECT l.applicationId FROM SiakLookupEntity l WHERE l.applicationId IN ?1 "
            + "AND l.status = id.loket.siak.LookupStatus.PENDING AND l.supersededAt IS NULL")
    List<UUID> pendingAmong(Collection<UUID> applicationIds);

    @Query("SELECT COUNT(l) FROM SiakLookupEntity l WHERE l.branchCode = ?1 AND l.status = ?2 AND l.supersededAt IS NULL")
    long countByBranchCodeAndStatus(String branchCode, LookupStatus status);
}
