package id.loket.population.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FamilyRepository extends JpaRepository<Family, UUID> {

    Optional<Family> findByApplicationId(UUID applicationId);

    boolean existsByKkNumber(String kkNumber);

    boolean existsByIssuedKkNumber(String kkNumber);

    /** Members with these NIKs in approved families of other applications, still living there. */
    @Query("SELECT m.nik FROM FamilyMember m JOIN m.family f WHERE m.nik IN ?1 AND m.movedOut = FALSE "
            + "AND f.status = 'APPROVED' AND f.applicationId <> ?2 AND (f.kkNumber IS NULL OR f.kkNumber <> ?3)")
    List<String> niksInOtherActiveFamilies(List<String> niks, UUID applicationId, String kkNumber);
}
