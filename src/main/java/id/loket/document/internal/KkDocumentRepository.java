package id.loket.document.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface KkDocumentRepository extends JpaRepository<KkDocument, UUID> {

    /** The documents of one application, newest first. */
    List<KkDocument> findByApplicationIdOrderBySignedAtDesc(UUID applicationId);

    /** The KK's current document; locked, so two signings of the same number supersede in order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from KkDocument d where d.kkNumber = ?1 and d.status = 'CURRENT'")
    List<KkDocument> lockCurrentByKkNumber(String kkNumber);

    List<KkDocument> findBySupersededBy(UUID documentId);

    Optional<KkDocument> findBySha256(String sha256);

    boolean existsByApplicationIdAndStatus(UUID applicationId, String status);

    boolean existsByKkNumber(String kkNumber);

}
