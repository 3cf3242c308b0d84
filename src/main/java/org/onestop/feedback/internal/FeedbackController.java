package org.onestop.feedback.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.onestop.kernel.Actor;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applicant rates their finished application and reads their rating back. */
@RestController
@RequestMapping(path = "/api/v1/applications/{reference}/feedback", produces = "application/json")
@PreAuthorize("hasRole('CITIZEN')")
class FeedbackController {

    record View(String reference, int score, String comment, List<String> tags, Instant givenAt) {

        static View of(String reference, Rating rating) {
            return new View(reference, rating.score(), rating.comment(), Tag.codes(rating.tags()), rating.givenAt());
        }
    }

    private final Ratings ratings;

    FeedbackController(Ratings ratings) {
        this.ratings = ratings;
    }

    @PostMapping
    ResponseEntity<View> give(@PathVariable String reference, @RequestBody Ratings.Request request,
            @AuthenticationPrincipal Actor actor) {
        Rating rating = ratings.give(reference, request, actor);
        String formatted = ReferenceNumber.parse(reference).formatted();
        return ResponseEntity.created(URI.create("/api/v1/applications/" + rating.reference() + "/feedback"))
                .body(View.of(formatted, rating));
    }

    @GetMapping
    View mine(@PathVariable String reference, @AuthenticationPrincipal Actor actor) {
        return View.of(ReferenceNumber.parse(reference).formatted(), ratings.mine(reference, actor));
    }
}
