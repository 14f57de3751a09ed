package id.loket.skm;

import id.loket.Officers;
import id.loket.workflow.Applications;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Test data: a KK handed over through the real steps, and its survey link as the pickup officer's screen gets it. */
@Component
public class SkmTestData {

    private final Applications applications;
    private final Officers officers;
    private final SkmService skm;

    SkmTestData(Applications applications, Officers officers, SkmService skm) {
        this.applications = applications;
        this.officers = officers;
        this.skm = skm;
    }

    /** An application taken through signing and handover at PUSAT; its id. */
    public UUID handedOver() {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        applications.next(id, "ambil");
        return id;
    }

    /** The token of the survey link of a handed-over application. */
    public String token(UUID applicationId) {
        String path = officers.as("ambil", () -> skm.invite(applicationId)).orElseThrow().path();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** All nine elements rated {@code rating}. */
    public static Map<SkmElement, Integer> all(int rating) {
        Map<SkmElement, Integer> answers = new EnumMap<>(SkmElement.class);
        for (SkmElement e : SkmElement.values()) {
            answers.put(e, rating);
        }
        return answers;
    }
}
