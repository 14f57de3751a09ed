package id.loket.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<RequiredDocument, String> {
}
