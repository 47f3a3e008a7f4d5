-- Hibernate Search's outbox-polling coordination (docs/decisions/0027-search-in-a-cluster.md):
-- with search.backend=opensearch every instance writes the articles it changes to
-- hsearch_outbox_event in the same transaction, and one agent per instance (hsearch_agent) takes
-- its share of the events and applies them to OpenSearch. Unused (and empty) with the embedded
-- Lucene index. Columns as Hibernate Search 7.2 maps them on H2 (its generated DDL); the indexes
-- named after the table, since index names share one namespace.
create table hsearch_agent (
    assignedShardIndex integer,
    totalShardCount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    tenantId varchar(255),
    payload blob,
    state enum ('RUNNING','SUSPENDED','WAITING') not null,
    type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    primary key (id)
);

create table hsearch_outbox_event (
    entityIdHash integer not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    id uuid not null,
    entityId varchar(256) not null,
    entityName varchar(256) not null,
    tenantId varchar(255),
    payload blob not null,
    status enum ('ABORTED','PENDING') not null,
    primary key (id)
);

create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entityIdHash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (processAfter);
