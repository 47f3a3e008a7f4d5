-- The Setting entity moved from org.factdesk.workflow to org.factdesk.platform (issue 17: settings
-- are read by identity too, and workflow depended on claim, which depends on identity: a package
-- cycle). Envers records changed entity types by class name: the revisions written before the move
-- keep pointing at the entity under its new name.
UPDATE audit_revision_entity
   SET entity_name = 'org.factdesk.platform.Setting'
 WHERE entity_name = 'org.factdesk.workflow.Setting';
