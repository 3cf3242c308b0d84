/**
 * Feedback: the applicant of a finished application rates it once (1–5, a comment, tags), invited
 * by a notification; anyone may complain about an application of theirs, a service centre or a
 * state body, and follows the complaint to a reasoned answer, with escalation to the parent body
 * when it is not answered in time and a copy to the anti-corruption agency when it alleges a
 * bribe. Publishes {@link org.onestop.feedback.FeedbackGiven}, {@link org.onestop.feedback.ComplaintFiled},
 * {@link org.onestop.feedback.ComplaintEscalated} and {@link org.onestop.feedback.ComplaintAnswered}
 * for the ratings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.onestop.feedback;
