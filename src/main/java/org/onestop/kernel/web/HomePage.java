package org.onestop.kernel.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what OneStop is, and the way in. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
