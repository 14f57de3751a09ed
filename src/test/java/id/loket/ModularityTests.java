package id.loket;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their root package (service API, records, events). */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LoketApplication.class);

    @Test
    void features_only_use_each_others_public_api() {
        MODULES.verify();
    }
}
