package org.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads one string field of a JSON answer, for tests that carry a value on to their next request. */
public final class TestJson {

    private TestJson() {
    }

    public static String field(MvcTestResult result, String name) {
        try {
            String body = result.getResponse().getContentAsString();
            Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(body);
            assertThat(m.find()).as("%s in %s", name, body).isTrue();
            return m.group(1);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
