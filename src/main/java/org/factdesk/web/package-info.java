/**
 * The JSF doors: one thin {@code @ViewScoped} bean per page, holding the page's state and calling
 * services for everything else.
 */
package org.factdesk.web;
