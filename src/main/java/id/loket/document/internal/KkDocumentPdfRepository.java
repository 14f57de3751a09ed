package id.loket.document.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KkDocumentPdfRepository extends JpaRepository<KkDocumentPdf, UUID> {
}
