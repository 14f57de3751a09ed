package id.loket.queue.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QueueSettingRepository extends JpaRepository<QueueSetting, Integer> {

    default QueueSetting current() {
        return findById(QueueSetting.ID).orElseThrow();
    }
}
