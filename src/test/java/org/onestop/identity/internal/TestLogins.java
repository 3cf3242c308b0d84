package org.onestop.identity.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logs demo accounts in through the real token endpoint, once per account for the whole test
 * run (the Spring context is shared), each login from an address of its own so that tests never
 * trip each other's rate limits. Addresses are only labels in MockMvc: nothing leaves the JVM.
 */
public final class TestLogins {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private TestLogins() {
    }

    /** A live access token of a demo account. */
    public static String token(MockMvcTester mvc, String username) {
        return TOKENS.computeIfAbsent(username, name -> login(mvc, name, DemoAccounts.PASSWORD));
    }

    /** A fresh access token for any account, not cached. */
    public static String login(MockMvcTester mvc, String login, String password) {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").with(fromNewAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}")
                .exchange();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError("login of " + login + " failed: " + result.getResponse().getStatus());
        }
        try {
            String body = result.getResponse().getContentAsString();
            int start = body.indexOf("\"accessToken\":\"") + 15;
            return body.substring(start, body.indexOf('"', start));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /** The status a login attempt gets. */
    public static int loginStatus(MockMvcTester mvc, String login, String password) {
        return mvc.post().uri("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}")
                .exchange().getResponse().getStatus();
    }

    /** Sends the request from an address no other request of the run has used. */
    public static RequestPostProcessor fromNewAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10.77." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** A browser session of a demo account, logged in through the login form: its session cookie. */
    public static jakarta.servlet.http.Cookie session(MockMvcTester mvc, String login) {
        jakarta.servlet.http.Cookie cookie = mvc.post().uri("/login")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(fromNewAddress()).param("username", login).param("password", DemoAccounts.PASSWORD).exchange()
                .getResponse().getCookie("ONESTOP_SESSION");
        if (cookie == null) {
            throw new AssertionError("browser login of " + login + " failed");
        }
        return cookie;
    }
}
