package kr.gongyu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application on a random port and the {@link TestClock}, as {@link IntegrationTest}, but over a
 * database the test names itself (with {@code @ContextConfiguration(initializers = …)}, usually from
 * {@link TestDatabase#freshUrl}), so it starts an application of its own rather than sharing the suite's, and
 * closes it after its tests, so that its jobs stop with it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
@AutoConfigureRestTestClient
@DirtiesContext
public @interface ApplicationOfItsOwn {}
