package org.factdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches on Faces 4 with CDI. */
@FacesConfig
@ApplicationScoped
public class FacesConfiguration {}
