/**
 * PDF output shared by the modules that issue printable papers (result documents, the akim's
 * annual report): {@link org.onestop.kernel.pdf.HtmlPdf} renders a Thymeleaf template to PDF.
 */
package org.onestop.kernel.pdf;
