package newdeal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildVersionTest {

    @Test
    void reads_the_version_maven_wrote_at_build_time() {
        assertThat(BuildVersion.read()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
