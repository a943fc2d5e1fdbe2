package kr.gongyu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(GongyuApplication.class);

    @Test
    void modulesDependOnlyOnEachOthersPublicFaceAndFormNoCycles() {
        modules.verify();
    }
}
