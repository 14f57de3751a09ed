package id.loket.notification.internal;

import id.loket.notification.MessageType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationTemplateRepository extends JpaRepository<NotificationTemplate, MessageType> {
}
