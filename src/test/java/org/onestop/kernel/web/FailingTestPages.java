package org.onestop.kernel.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only pages that fail the way real pages can, to see what a visitor gets. */
@Controller
class FailingTestPages {

    @GetMapping("/test/page-crash")
    String crash() {
        throw new IllegalStateException("database password is hunter2");
    }

    @GetMapping("/test/auditors-only")
    @PreAuthorize("hasRole('AUDITOR')")
    String auditorsOnly() {
        return "catalog/home";
    }
}
