package io.tandem.ui;

import io.tandem.service.FakeClusterService;
import io.tandem.service.H2UserDirectory;
import io.tandem.service.Role;
import io.tandem.service.UserAdd;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.logging.Logger;

/**
 * Stand-in composition for the demo until boot wires the real service: the fake cluster, users under
 * {@code TANDEM_DATA} (or ~/.tandem), and a random admin password printed once when no user exists.
 * The only place in ui that reads the system clock; boot replaces it.
 */
final class DemoServices {

    private static final Logger LOG = Logger.getLogger(DemoServices.class.getName());

    private DemoServices() {
    }

    static UiServices create() {
        String dir = System.getenv("TANDEM_DATA");
        Path data = Path.of(dir == null || dir.isBlank() ? System.getProperty("user.home") + "/.tandem" : dir);
        H2UserDirectory users = new H2UserDirectory(data);
        if (users.list().isEmpty()) {
            String password = UserAdd.generatePassword(new SecureRandom());
            users.add("admin", Role.ADMIN, password.toCharArray());
            String line = "Tandem demo: created user admin with password " + password;
            System.out.println(line);
            LOG.info(line);
        }
        return new UiServices(new FakeClusterService(InstantSource.system(), "node1"), users, InstantSource.system());
    }
}
