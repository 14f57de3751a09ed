package id.loket.siak.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiakOutageRepository extends JpaRepository<SiakOutage, UUID> {

    List<SiakOutage> findByEndedAtIsNull();
}
