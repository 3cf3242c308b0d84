package org.onestop.kernel.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that fail the way real code can, to see what a client gets. */
@RestController
class FailingTestController {

    @GetMapping("/api/v1/test/crash")
    String crash() {
        throw new IllegalStateException("database password is hunter2");
    }

    @GetMapping("/api/v1/test/iin")
    String iin(@org.springframework.web.bind.annotation.RequestParam String value) {
        return org.onestop.kernel.Iin.parse(value).birthDate().toString();
    }
}
