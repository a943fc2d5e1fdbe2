package kr.gongyu;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gongyu (공유): the national platform for sharing idle public resources. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GongyuApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongyuApplication.class, args);
    }

    /** The one source of "now": domain code takes this, never a static clock, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.system(Seoul.ZONE);
    }
}
