/**
 * Documents: the result of a decided application as a PDF in the applicant's language, from a
 * template per document type, carrying a QR code with a token signed by the issuing body's key;
 * the bodies' public keys, public verification of a token, revocation and delivery. Listens to
 * {@link org.onestop.applications.ApplicationMoved}, implements
 * {@link org.onestop.applications.ApplicationResults}, and publishes
 * {@link org.onestop.documents.DocumentIssued} and {@link org.onestop.documents.DocumentRevoked}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.onestop.documents;
