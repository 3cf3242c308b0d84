package org.onestop.identity.internal;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The browser's login page: the form, and the OpenID Connect providers when any are configured. */
@Controller
class LoginPage {

    record Provider(String id, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("providers", providers);
        model.addAttribute("locked",
                session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException);
        return "identity/login";
    }
}
