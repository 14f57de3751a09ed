package id.loket.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationMessageRepository extends JpaRepository<NotificationMessage, UUID> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    Optional<NotificationMessage> findByIdempotencyKey(String idempotencyKey);

    List<NotificationMessage> findByOrderByCreatedAtDesc(Pageable page);

    long countByStatus(NotificationMessage.Status status);

    @Query("select m from NotificationMessage m where m.status = id.loket.notification.internal.NotificationMessage.Status.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt")
    List<NotificationMessage> findDue(@Param("now") Instant now, Pageable page);

    /**
     * Takes one attempt of a message: only if it is still pending and nobody took an attempt since it was read, and
     * it holds the message until {@code leaseUntil} (a crash mid-send leaves it to be tried again after that).
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NotificationMessage m set m.attempts = m.attempts + 1, m.nextAttemptAt = :leaseUntil"
            + " where m.id = :id and m.attempts = :attempts"
            + " and m.status = id.loket.notification.internal.NotificationMessage.Status.PENDING")
    int claim(@Param("id") UUID id, @Param("attempts") int attempts, @Param("leaseUntil") Instant leaseUntil);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NotificationMessage m set m.status = id.loket.notification.internal.NotificationMessage.Status.SENT,"
            + " m.sentAt = :now, m.lastError = null where m.id = :id"
            + " and m.status = id.loket.notification.internal.NotificationMessage.Status.PENDING")
    int markSent(@Param("id") UUID id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NotificationMessage m set m.nextAttemptAt = :at, m.lastError = :error where m.id = :id"
            + " and m.status = id.loket.notification.internal.NotificationMessage.Status.PENDING")
    int retryAt(@Param("id") UUID id, @Param("at") Instant at, @Param("error") String error);
}
