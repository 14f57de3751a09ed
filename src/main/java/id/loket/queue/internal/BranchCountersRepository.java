package id.loket.queue.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BranchCountersRepository extends JpaRepository<BranchCounters, String> {
}
