"""The central database's own parts, as SQL generated from the catalog (installed by migrate).

Schema `registrar_sync` holds what only the centre has: the change log, the role bindings, the
audit-chain heads, and the functions the policies and the sync engine call. Every statement is
idempotent (CREATE ... IF NOT EXISTS, CREATE OR REPLACE, DROP POLICY IF EXISTS + CREATE).
"""

from __future__ import annotations

from dataclasses import dataclass

from registrar.services.sync.catalog import (
    CASE_EVENT_TABLE,
    CASE_TABLE,
    FROZEN_CHILDREN,
    FROZEN_PARENT,
    Catalog,
    TableSpec,
    local_only_tables,
)

SCHEMA = "registrar_sync"
GENESIS = "0" * 64
ME = f"(SELECT {SCHEMA}.current_institution())"
SCOPE = f"(SELECT {SCHEMA}.current_scope())"
SAFE_PATH = "SET search_path = pg_catalog, pg_temp"

# SQLSTATEs raised by the centre's triggers; the push maps them to refusal codes.
FROZEN_STATE = "RDFRZ"
MOBILE_STATE = "RDMOB"
AUDIT_STATE = "RDAUD"
APPEND_ONLY_STATE = "RDAPP"
UNBOUND_STATE = "RDUNB"


@dataclass(frozen=True)
class Roles:
    """The cluster-wide role names of one central database (all start with its prefix)."""

    prefix: str

    @property
    def owner(self) -> str:
        return f"{self.prefix}owner"

    @property
    def staff(self) -> str:
        return f"{self.prefix}staff"


def q(name: str) -> str:
    """A quoted identifier (names here come from the metadata or a checked prefix)."""
    return '"' + name.replace('"', '""') + '"'


def _row(alias: str, columns: tuple[str, ...]) -> str:
    return "ROW(" + ", ".join(f"{alias}.{q(c)}" for c in columns) + ")"


def case_readers(alias: str) -> str:
    return (
        f"array_remove(ARRAY[{alias}.institution_id, {alias}.source_institution_id, "
        f"{alias}.target_institution_id, CASE WHEN {alias}.addressed_to_ministry "
        f"THEN {SCHEMA}.ministry_id() END], NULL)"
    )


def readers(spec: TableSpec, alias: str = "n") -> str:
    """Who may read a row: the institutions whose id the change log lists for it."""
    if spec.name == CASE_TABLE:
        return case_readers(alias)
    if spec.name == CASE_EVENT_TABLE:
        return (
            f"ARRAY[{alias}.institution_id] || coalesce((SELECT {case_readers('c')} "
            f"FROM public.{q(CASE_TABLE)} c WHERE c.id = {alias}.case_id), '{{}}'::uuid[])"
        )
    return f"ARRAY[{alias}.institution_id]"


def read_policy(spec: TableSpec) -> str:
    if spec.public:
        return "true"
    if spec.name == CASE_TABLE:
        return (
            f"institution_id = {ME} OR source_institution_id = {ME} OR "
            f"target_institution_id = {ME} OR (addressed_to_ministry AND {SCOPE} = 'ministry')"
        )
    if spec.name == CASE_EVENT_TABLE:
        return (
            f"institution_id = {ME} OR EXISTS (SELECT 1 FROM public.{q(CASE_TABLE)} c "
            f"WHERE c.id = case_id)"
        )
    return f"institution_id = {ME}"


def write_check(spec: TableSpec, alias: str | None = None) -> str:
    """The write policy; with an alias, the same test over staged rows (push pre-check)."""
    prefix = f"{alias}." if alias else ""
    own = f"{prefix}institution_id = {ME}"
    if spec.name == CASE_EVENT_TABLE:
        return (
            f"{own} AND EXISTS (SELECT 1 FROM public.{q(CASE_TABLE)} c "
            f"WHERE c.id = {prefix}case_id)"
        )
    return own


def _function(
    name: str, body: str, *, definer: bool, returns: str = "trigger", settings: str = ""
) -> str:
    security = "SECURITY DEFINER " if definer else ""
    return (
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.{name} RETURNS {returns} LANGUAGE plpgsql "
        f"{security}{SAFE_PATH} {settings} AS $fn$\n{body}\n$fn$"
    )


def base_statements(roles: Roles, database: str) -> list[str]:
    owner, staff = q(roles.owner), q(roles.staff)
    s = SCHEMA
    return [
        f"CREATE SCHEMA IF NOT EXISTS {s} AUTHORIZATION {owner}",
        f"ALTER SCHEMA {s} OWNER TO {owner}",
        f"REVOKE ALL ON SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {staff}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {staff}",
        f"REVOKE ALL ON DATABASE {q(database)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {q(database)} TO {staff}",
        # pull_changes (owner's rights) sees which running transactions are elsewhere.
        f"GRANT pg_read_all_stats TO {owner}",
        f"CREATE TABLE IF NOT EXISTS {s}.config (key text PRIMARY KEY, value text NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS {s}.central_role ("
        " role_name text PRIMARY KEY,"
        " institution_id uuid NOT NULL,"
        " scope text NOT NULL CHECK (scope IN ('institution', 'ministry')),"
        " app_role text NOT NULL,"
        " granted_at timestamptz NOT NULL DEFAULT now())",
        f"CREATE TABLE IF NOT EXISTS {s}.change ("
        " seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " txid xid8 NOT NULL DEFAULT pg_current_xact_id(),"
        " table_name text NOT NULL,"
        " row_ids uuid[] NOT NULL,"
        " origin text,"
        " public boolean NOT NULL DEFAULT false,"
        " readers uuid[] NOT NULL DEFAULT '{}')",
        f"CREATE INDEX IF NOT EXISTS change_position ON {s}.change (txid, seq)",
        f"CREATE TABLE IF NOT EXISTS {s}.audit_head ("
        " origin text PRIMARY KEY,"
        " institution_id uuid NOT NULL,"
        " seq bigint NOT NULL,"
        " entry_hash text NOT NULL,"
        " updated_at timestamptz NOT NULL DEFAULT now())",
        *(
            f"ALTER TABLE {s}.{name} OWNER TO {owner}"
            for name in ("config", "central_role", "change", "audit_head")
        ),
        # Lookups the centre's rules need (central-only indexes, named rd_*).
        "CREATE INDEX IF NOT EXISTS rd_portal_account_mobile ON public.portal_account "
        "(mobile_e164) WHERE deleted_at IS NULL",
        "CREATE INDEX IF NOT EXISTS rd_person_national_key ON public.person "
        "(national_key_type, national_key) WHERE deleted_at IS NULL",
    ]


def function_statements(roles: Roles) -> list[str]:
    s = SCHEMA
    staff = q(roles.staff)
    sql_fn = f"LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH}"
    statements = [
        f"CREATE OR REPLACE FUNCTION {s}.current_institution() RETURNS uuid {sql_fn} AS $fn$"
        f" SELECT institution_id FROM {s}.central_role WHERE role_name = session_user $fn$",
        f"CREATE OR REPLACE FUNCTION {s}.current_scope() RETURNS text {sql_fn} AS $fn$"
        f" SELECT scope FROM {s}.central_role WHERE role_name = session_user $fn$",
        f"CREATE OR REPLACE FUNCTION {s}.database_id() RETURNS text {sql_fn} AS $fn$"
        f" SELECT value FROM {s}.config WHERE key = 'database_id' $fn$",
        f"CREATE OR REPLACE FUNCTION {s}.ministry_id() RETURNS uuid {sql_fn} AS $fn$"
        " SELECT id FROM public.institution WHERE kind = 'ministry' AND deleted_at IS NULL"
        " ORDER BY code LIMIT 1 $fn$",
        # The audit entry digest, exactly as services.audit.entry_digest computes it.
        f"CREATE OR REPLACE FUNCTION {s}.audit_digest(p_origin text, p_seq bigint,"
        " p_prev text, p_at timestamptz, p_actor text, p_action text, p_subject text,"
        f" p_reason text) RETURNS text LANGUAGE sql STABLE {SAFE_PATH} AS $fn$"
        " SELECT encode(sha256(convert_to("
        " '{\"action\":' || to_json(p_action)::text"
        " || ',\"actor\":' || to_json(p_actor)::text"
        " || ',\"at\":' || to_json(to_char(p_at AT TIME ZONE 'UTC',"
        " 'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '+00:00')::text"
        " || ',\"origin\":' || to_json(p_origin)::text"
        " || ',\"prev_hash\":' || to_json(p_prev)::text"
        " || ',\"reason\":' || coalesce(to_json(p_reason)::text, 'null')"
        " || ',\"seq\":' || p_seq::text"
        " || ',\"subject\":' || coalesce(to_json(p_subject)::text, 'null')"
        " || '}', 'UTF8')), 'hex') $fn$",
        _function(
            "pull_changes(p_after bigint, p_origin text, p_limit integer, p_scan integer)",
            f"""DECLARE
  v_me uuid := {s}.current_institution();
  v_snapshot pg_snapshot := pg_current_snapshot();
  v_xmin xid8;
  v_last xid8 := p_after::text::xid8;
  v_found integer := 0;
  v_scanned integer := 0;
  r record;
BEGIN
  IF v_me IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = '{UNBOUND_STATE}',
      MESSAGE = 'this database user is not bound to an institution';
  END IF;
  -- The oldest transaction still running, leaving out those known to run in another
  -- database (they cannot write here; a transaction not known either way is kept, which
  -- only delays). Changes of older transactions are final: none can appear below them.
  SELECT coalesce(min(x), pg_snapshot_xmax(v_snapshot)) INTO v_xmin
    FROM pg_snapshot_xip(v_snapshot) x
   WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                      WHERE a.backend_xid = x::xid AND a.datname <> current_database());
  FOR r IN SELECT c.txid, c.table_name, c.row_ids, c.origin, c.public, c.readers
             FROM {s}.change c
            WHERE c.txid > p_after::text::xid8 AND c.txid < v_xmin
            ORDER BY c.txid, c.seq LOOP
    -- Stop only between transactions: the cursor is a transaction id.
    IF r.txid <> v_last AND (v_found >= p_limit OR v_scanned >= p_scan) THEN
      EXIT;
    END IF;
    v_last := r.txid;
    v_scanned := v_scanned + cardinality(r.row_ids);
    IF (r.public OR v_me = ANY (r.readers)) AND r.origin IS DISTINCT FROM p_origin THEN
      txid_position := v_last::text::bigint;
      table_name := r.table_name;
      row_ids := r.row_ids;
      v_found := v_found + cardinality(r.row_ids);
      RETURN NEXT;
    END IF;
  END LOOP;
  txid_position := v_last::text::bigint;
  table_name := NULL;
  row_ids := NULL;
  RETURN NEXT;
END""",
            definer=True,
            returns="TABLE (txid_position bigint, table_name text, row_ids uuid[])",
        ),
        _function(
            "availability(p_kind text, p_value text, p_key_type text, p_key text)",
            f"""DECLARE
  v_me uuid := {s}.current_institution();
  v_taken boolean;
BEGIN
  IF v_me IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = '{UNBOUND_STATE}',
      MESSAGE = 'this database user is not bound to an institution';
  END IF;
  IF p_kind = 'national_key' THEN
    SELECT EXISTS (SELECT 1 FROM public.person p
                    WHERE p.deleted_at IS NULL AND p.national_key_type = p_key_type
                      AND p.national_key = p_value AND p.institution_id <> v_me)
      INTO v_taken;
  ELSIF p_kind = 'mobile' THEN
    SELECT EXISTS (SELECT 1 FROM public.portal_account a
                     JOIN public.person p ON p.id = a.person_id
                    WHERE a.deleted_at IS NULL AND a.mobile_e164 = p_value
                      AND (p_key IS NULL OR p.national_key_type IS DISTINCT FROM p_key_type
                           OR p.national_key IS DISTINCT FROM p_key))
      INTO v_taken;
  ELSE
    RAISE EXCEPTION 'unknown availability kind %', p_kind USING ERRCODE = '22023';
  END IF;
  RETURN CASE WHEN v_taken THEN 'taken' ELSE 'free' END;
END""",
            definer=True,
            returns="text",
        ),
        _function(
            "portal_account_mobile()",
            f"""DECLARE
  r record;
BEGIN
  -- One index probe per new number (a plan that holds whatever the planner knows of the
  -- tables); the persons are compared only for a number on another live account.
  FOR r IN SELECT n.id, n.mobile_e164, n.person_id FROM new_rows n
            WHERE n.deleted_at IS NULL LOOP
    CONTINUE WHEN NOT EXISTS (
      SELECT 1 FROM public.portal_account a
       WHERE a.mobile_e164 = r.mobile_e164 AND a.deleted_at IS NULL AND a.id <> r.id);
    IF EXISTS (
      SELECT 1 FROM public.portal_account a
        JOIN public.person o ON o.id = a.person_id
        JOIN public.person p ON p.id = r.person_id
       WHERE a.mobile_e164 = r.mobile_e164 AND a.deleted_at IS NULL AND a.id <> r.id
         AND (o.national_key_type, o.national_key)
             IS DISTINCT FROM (p.national_key_type, p.national_key)) THEN
      RAISE EXCEPTION USING ERRCODE = '{MOBILE_STATE}',
        MESSAGE = 'the mobile number is already used by another person';
    END IF;
  END LOOP;
  RETURN NULL;
END""",
            definer=True,
        ),
        _function(
            "audit_chain()",
            f"""DECLARE
  r record;
  v_has_head boolean;
  v_head_seq bigint;
  v_head_hash text;
  v_head_institution uuid;
  v_expected_seq bigint;
  v_expected_prev text;
BEGIN
  FOR r IN SELECT n.origin, min(n.seq) AS lo, max(n.seq) AS hi, count(*) AS total,
                  min(n.institution_id::text) AS first_institution,
                  max(n.institution_id::text) AS last_institution
             FROM new_rows n GROUP BY n.origin ORDER BY n.origin LOOP
    SELECT h.seq, h.entry_hash, h.institution_id
      INTO v_head_seq, v_head_hash, v_head_institution
      FROM {s}.audit_head h WHERE h.origin = r.origin FOR UPDATE;
    v_has_head := FOUND;
    v_expected_seq := CASE WHEN v_has_head THEN v_head_seq + 1 ELSE 1 END;
    v_expected_prev := CASE WHEN v_has_head THEN v_head_hash ELSE '{GENESIS}' END;
    IF r.lo <> v_expected_seq OR r.hi - r.lo + 1 <> r.total THEN
      RAISE EXCEPTION USING ERRCODE = '{AUDIT_STATE}',
        MESSAGE = 'the audit chain does not extend the chain the centre holds';
    END IF;
    IF r.first_institution <> r.last_institution
       OR (v_has_head AND v_head_institution::text <> r.first_institution) THEN
      RAISE EXCEPTION USING ERRCODE = '{AUDIT_STATE}',
        MESSAGE = 'an audit chain belongs to one institution';
    END IF;
    IF EXISTS (SELECT 1 FROM (
                 SELECT n.prev_hash, lag(n.entry_hash) OVER (ORDER BY n.seq) AS before
                   FROM new_rows n WHERE n.origin = r.origin) x
                WHERE x.prev_hash <> coalesce(x.before, v_expected_prev)) THEN
      RAISE EXCEPTION USING ERRCODE = '{AUDIT_STATE}',
        MESSAGE = 'the audit chain is broken: an entry does not follow the one before';
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n
                WHERE n.origin = r.origin AND n.entry_hash <> {s}.audit_digest(
                  n.origin, n.seq, n.prev_hash, n.at, n.actor, n.action, n.subject,
                  n.reason)) THEN
      RAISE EXCEPTION USING ERRCODE = '{AUDIT_STATE}',
        MESSAGE = 'an audit entry was altered: its hash does not match its content';
    END IF;
    INSERT INTO {s}.audit_head (origin, institution_id, seq, entry_hash)
    SELECT n.origin, n.institution_id, n.seq, n.entry_hash
      FROM new_rows n WHERE n.origin = r.origin AND n.seq = r.hi
    ON CONFLICT (origin) DO UPDATE
       SET seq = excluded.seq, entry_hash = excluded.entry_hash, updated_at = now();
  END LOOP;
  RETURN NULL;
END""",
            definer=True,
        ),
        _function(
            "refuse_change()",
            f"""BEGIN
  RAISE EXCEPTION USING ERRCODE = '{APPEND_ONLY_STATE}',
    MESSAGE = format('%s rows cannot be changed or deleted', TG_TABLE_NAME);
END""",
            definer=False,
        ),
    ]
    statements.append(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC")
    for name in (
        "current_institution()",
        "current_scope()",
        "ministry_id()",
        "database_id()",
        "pull_changes(bigint, text, integer, integer)",
        "availability(text, text, text, text)",
    ):
        statements.append(f"GRANT EXECUTE ON FUNCTION {s}.{name} TO {staff}")
    return statements


def _log_statements(spec: TableSpec) -> list[str]:
    s, t = SCHEMA, spec.name
    public = "true" if spec.public else "false"
    # One change row per statement, origin and readers: a 1,000-row batch costs one row.
    body = f"""BEGIN
  INSERT INTO {s}.change (table_name, row_ids, origin, public, readers)
  SELECT '{t}', array_agg(x.id), x.origin, {public}, x.readers
    FROM (SELECT n.id, n.origin, {readers(spec)} AS readers FROM new_rows n) x
   GROUP BY x.origin, x.readers;
  RETURN NULL;
END"""
    statements = [_function(f"log_{t}()", body, definer=True)]
    update_function = f"log_{t}"
    referencing = "REFERENCING NEW TABLE AS new_rows"
    if spec.name == CASE_TABLE:
        # A case's readers changed: its events are logged again for the new readers.
        update_function = f"log_{t}_update"
        statements.append(
            _function(
                f"{update_function}()",
                f"""BEGIN
  INSERT INTO {s}.change (table_name, row_ids, origin, public, readers)
  SELECT '{t}', array_agg(x.id), x.origin, false, x.readers
    FROM (SELECT n.id, n.origin, {case_readers("n")} AS readers FROM new_rows n) x
   GROUP BY x.origin, x.readers;
  INSERT INTO {s}.change (table_name, row_ids, origin, public, readers)
  SELECT '{CASE_EVENT_TABLE}', array_agg(x.id), x.origin, false, x.readers
    FROM (SELECT e.id, e.origin, ARRAY[e.institution_id] || {case_readers("n")} AS readers
            FROM new_rows n
            JOIN old_rows o ON o.id = n.id
            JOIN public.{q(CASE_EVENT_TABLE)} e ON e.case_id = n.id
           WHERE {case_readers("n")} IS DISTINCT FROM {case_readers("o")}) x
   GROUP BY x.origin, x.readers;
  RETURN NULL;
END""",
                definer=True,
            )
        )
        referencing = "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    statements += [
        f"CREATE OR REPLACE TRIGGER rd_log_insert AFTER INSERT ON public.{q(t)} "
        f"REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
        f"EXECUTE FUNCTION {s}.log_{t}()",
        f"CREATE OR REPLACE TRIGGER rd_log_update AFTER UPDATE ON public.{q(t)} "
        f"{referencing} FOR EACH STATEMENT EXECUTE FUNCTION {s}.{update_function}()",
    ]
    return statements


def _content(spec: TableSpec, *, without: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(c for c in spec.column_names if c not in without)


def _immutability_statements(spec: TableSpec) -> list[str]:
    s, t = SCHEMA, spec.name
    statements: list[str] = []
    if t == "audit_entry":
        for event in ("UPDATE", "DELETE"):
            statements.append(
                f"CREATE OR REPLACE TRIGGER rd_no_{event.lower()} BEFORE {event} ON "
                f"public.{q(t)} FOR EACH ROW EXECUTE FUNCTION {s}.refuse_change()"
            )
        statements.append(
            f"CREATE OR REPLACE TRIGGER rd_no_truncate BEFORE TRUNCATE ON public.{q(t)} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.refuse_change()"
        )
        statements.append(
            f"CREATE OR REPLACE TRIGGER rd_audit_chain AFTER INSERT ON public.{q(t)} "
            f"REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {s}.audit_chain()"
        )
        return statements
    if spec.append_only:
        content = _content(spec, without=("row_version", "updated_at", "origin", "deleted_at"))
        statements.append(
            _function(
                f"append_only_{t}()",
                f"""BEGIN
  -- The one change allowed: a tombstone, with the content unchanged.
  IF OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL
     AND {_row("OLD", content)} IS NOT DISTINCT FROM {_row("NEW", content)} THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION USING ERRCODE = '{APPEND_ONLY_STATE}',
    MESSAGE = '{t} rows are events: they cannot be changed';
END""",
                definer=False,
            )
        )
        statements += [
            f"CREATE OR REPLACE TRIGGER rd_append_only BEFORE UPDATE ON public.{q(t)} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.append_only_{t}()",
            f"CREATE OR REPLACE TRIGGER rd_no_delete BEFORE DELETE ON public.{q(t)} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.refuse_change()",
        ]
    synced = spec.column_names
    if t == FROZEN_PARENT:
        statements += [
            _function(
                f"frozen_{t}()",
                f"""BEGIN
  IF (OLD.confirmed_at IS NOT NULL OR OLD.data_hash IS NOT NULL)
     AND {_row("OLD", synced)} IS DISTINCT FROM {_row("NEW", synced)} THEN
    RAISE EXCEPTION USING ERRCODE = '{FROZEN_STATE}',
      MESSAGE = 'a confirmed application cannot be changed';
  END IF;
  RETURN NEW;
END""",
                definer=False,
            ),
            f"CREATE OR REPLACE TRIGGER rd_frozen BEFORE UPDATE ON public.{q(t)} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.frozen_{t}()",
        ]
    if t in FROZEN_CHILDREN:
        statements += [
            _function(
                f"frozen_{t}()",
                f"""BEGIN
  IF {_row("OLD", synced)} IS DISTINCT FROM {_row("NEW", synced)} AND EXISTS (
       SELECT 1 FROM public.{q(FROZEN_PARENT)} a
        WHERE a.id IN (OLD.application_id, NEW.application_id)
          AND (a.confirmed_at IS NOT NULL OR a.data_hash IS NOT NULL)) THEN
    RAISE EXCEPTION USING ERRCODE = '{FROZEN_STATE}',
      MESSAGE = 'a part of a confirmed application cannot be changed';
  END IF;
  RETURN NEW;
END""",
                definer=True,
            ),
            f"CREATE OR REPLACE TRIGGER rd_frozen BEFORE UPDATE ON public.{q(t)} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.frozen_{t}()",
        ]
    if t == "portal_account":
        for event in ("INSERT", "UPDATE"):
            statements.append(
                f"CREATE OR REPLACE TRIGGER rd_mobile_{event.lower()} AFTER {event} ON "
                f"public.{q(t)} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
                f"EXECUTE FUNCTION {s}.portal_account_mobile()"
            )
    return statements


def table_statements(catalog: Catalog, roles: Roles) -> list[str]:
    owner, staff = q(roles.owner), q(roles.staff)
    statements: list[str] = []
    for spec in catalog.tables:
        t = f"public.{q(spec.name)}"
        statements += [
            f"ALTER TABLE {t} OWNER TO {owner}",
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS rd_owner ON {t}",
            f"CREATE POLICY rd_owner ON {t} TO {owner} USING (true) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS rd_read ON {t}",
            f"CREATE POLICY rd_read ON {t} FOR SELECT TO {staff} USING ({read_policy(spec)})",
            f"DROP POLICY IF EXISTS rd_insert ON {t}",
            f"CREATE POLICY rd_insert ON {t} FOR INSERT TO {staff} "
            f"WITH CHECK ({write_check(spec)})",
            f"DROP POLICY IF EXISTS rd_update ON {t}",
            f"CREATE POLICY rd_update ON {t} FOR UPDATE TO {staff} "
            f"USING ({write_check(spec)}) WITH CHECK ({write_check(spec)})",
            f"REVOKE ALL ON {t} FROM PUBLIC",
            f"GRANT SELECT, INSERT, UPDATE ON {t} TO {staff}",
        ]
        statements += _log_statements(spec)
        statements += _immutability_statements(spec)
    for name in local_only_tables():
        # Same schema everywhere, but the centre keeps nothing in local-only tables.
        t = f"public.{q(name)}"
        statements += [
            f"ALTER TABLE {t} OWNER TO {owner}",
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY",
            f"REVOKE ALL ON {t} FROM PUBLIC",
        ]
    statements += [
        f"ALTER TABLE public.alembic_version OWNER TO {owner}",
        "REVOKE ALL ON public.alembic_version FROM PUBLIC",
        f"GRANT SELECT ON public.alembic_version TO {staff}",
    ]
    # Functions created by the installing superuser belong to the owner role afterwards.
    statements.append(
        f"DO $do$ DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid::regprocedure "
        f"FROM pg_proc p WHERE p.pronamespace = '{SCHEMA}'::regnamespace LOOP "
        f"EXECUTE format('ALTER FUNCTION %s OWNER TO %I', f, '{roles.owner}'); END LOOP; END $do$"
    )
    return statements


def install_statements(catalog: Catalog, roles: Roles, database: str) -> list[str]:
    return [
        *base_statements(roles, database),
        *function_statements(roles),
        *table_statements(catalog, roles),
    ]
