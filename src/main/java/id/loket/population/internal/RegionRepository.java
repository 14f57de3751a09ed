package id.loket.population.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegionRepository extends JpaRepository<Region, String> {

    @Query("SELECT r FROM Region r WHERE r.level = 1 AND r.active = TRUE AND LOWER(r.name) LIKE ?1 ORDER BY r.name")
    List<Region> provinces(String pattern, Limit limit);

    @Query("SELECT r FROM Region r WHERE r.parentCode = ?1 AND r.active = TRUE AND LOWER(r.name) LIKE ?2 ORDER BY r.name")
    List<Region> children(String parentCode, String pattern, Limit limit);
}
