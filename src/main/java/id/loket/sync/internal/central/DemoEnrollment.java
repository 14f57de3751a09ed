package id.loket.sync.internal.central;

import id.loket.base.BranchTimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only ({@code ./demo-office}): the central enrolls the demo's branches on start with one shared key from
 * configuration ({@code loket.sync.central.demo-key}), so their work flows in without an admin's step. A real
 * central leaves the key empty and its admin enrolls each branch (key shown once) at {@code /admin/cabang-terdaftar}.
 */
@Component
@Order(5)
@CentralMode
@ConditionalOnExpression("'${loket.demo.enabled:false}' == 'true' and '${loket.sync.central.demo-key:}' != ''")
class DemoEnrollment implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnrollment.class);

    private final EnrollmentService enrollment;
    private final String key;
    private final String[] branches;

    DemoEnrollment(EnrollmentService enrollment, @Value("${loket.sync.central.demo-key}") String key,
                   @Value("${loket.sync.central.demo-branches:PUSAT:Kantor Pusat Layanan,CIBINONG:UPT Dukcapil Cibinong}")
                   String[] branches) {
        this.enrollment = enrollment;
        this.key = key;
        this.branches = branches;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String entry : branches) {
            String[] parts = entry.split(":", 2);
            String code = parts[0].trim();
            String name = parts.length > 1 ? parts[1].trim() : code;
            enrollment.enrollWithKey(code, name, BranchTimeZone.WIB, key);
            LOG.info("Demo: branch {} enrolled with the demo key", code);
        }
    }
}
