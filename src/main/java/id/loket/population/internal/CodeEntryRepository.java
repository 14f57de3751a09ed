package id.loket.population.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeEntryRepository extends JpaRepository<CodeEntry, CodeEntry.Key> {
}
