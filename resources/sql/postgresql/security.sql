-- The server's own guard over a commission's database (ServerSecurity). Each account of the
-- program signs in to the server as its own role, NAME@DATABASE, a member of the database's
-- group DATABASE_accounts (and DATABASE_readers when its role reads dossiers); row-level
-- security gives that role what the program shows the account and nothing more. The owner of
-- the database, who sets it up, stands outside these rules as the administrator of the server.
-- Every function here runs as the owner: it reads what the signed-in role may not.

-- The name the roles of this database are made under: the database's own when it was first
-- secured, kept through a restore into another database and a rename.
ALTER TABLE database_identity ADD COLUMN IF NOT EXISTS server_name TEXT;
UPDATE database_identity SET server_name = current_database() WHERE server_name IS NULL;

CREATE OR REPLACE FUNCTION dossier_name() RETURNS TEXT
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN coalesce((SELECT server_name FROM database_identity), current_database());
END
$$;

-- The account a connection signs in as, from its role name; none for the owner. An account that
-- must set a password of its own first holds no role and sees no unit yet. The helpers below are
-- PL/pgSQL, whose statements are planned once per connection: the policies call them for every
-- statement an account makes.
CREATE OR REPLACE FUNCTION dossier_me()
RETURNS TABLE (id BIGINT, name TEXT, role TEXT, cadre_id BIGINT, all_units BOOLEAN)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    connected CONSTANT TEXT := session_user::text;
    suffix CONSTANT TEXT := '@' || dossier_name();
BEGIN
    IF length(connected) <= length(suffix) OR right(connected, length(suffix)) <> suffix THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT a.id, a.name::text,
               CASE WHEN a.must_change_password = 1 THEN 'none' ELSE a.role END,
               a.cadre_id, a.all_units = 1 AND a.must_change_password = 0
        FROM accounts a
        WHERE a.name = left(connected, length(connected) - length(suffix)) AND a.disabled = 0
          AND a.name::text COLLATE "C" = left(connected, length(connected) - length(suffix));
END
$$;

CREATE OR REPLACE FUNCTION dossier_role() RETURNS TEXT
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN coalesce((SELECT m.role FROM dossier_me() m), '');
END
$$;

-- Case officers and reviewers read dossiers; case officers write them.
CREATE OR REPLACE FUNCTION dossier_reads() RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN dossier_role() IN ('officer', 'reviewer');
END
$$;

CREATE OR REPLACE FUNCTION dossier_writes() RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN dossier_role() = 'officer';
END
$$;

-- Who grants roles, unit scopes and cadre links: the security administrator, or the
-- administrator while no security administrator is active (as Accounts::mayGrant).
CREATE OR REPLACE FUNCTION dossier_grants() RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    mine CONSTANT TEXT := dossier_role();
BEGIN
    RETURN mine = 'security'
        OR (mine = 'administrator'
            AND NOT EXISTS (SELECT 1 FROM accounts WHERE role = 'security' AND disabled = 0));
END
$$;

CREATE OR REPLACE FUNCTION dossier_all_units() RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN coalesce((SELECT m.all_units FROM dossier_me() m), false);
END
$$;

-- The account's units with every unit below them.
CREATE OR REPLACE FUNCTION dossier_units() RETURNS BIGINT[]
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    account BIGINT;
BEGIN
    SELECT m.id INTO account FROM dossier_me() m WHERE m.role <> 'none';
    IF account IS NULL THEN
        RETURN '{}';
    END IF;
    RETURN (WITH RECURSIVE scope(id) AS (
                SELECT u.unit_id FROM account_units u WHERE u.account_id = account
                UNION
                SELECT u.id FROM units u JOIN scope s ON u.parent_id = s.id)
            SELECT coalesce(array_agg(scope.id), '{}') FROM scope);
END
$$;

-- The account's own cadre and its key relatives, in either direction (as Access::visibility).
CREATE OR REPLACE FUNCTION dossier_barred() RETURNS BIGINT[]
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    own BIGINT;
BEGIN
    SELECT m.cadre_id INTO own FROM dossier_me() m;
    IF own IS NULL THEN
        RETURN '{}';
    END IF;
    RETURN (SELECT array_agg(closed.cadre) FROM (
                SELECT own AS cadre
                UNION
                SELECT r.relative_cadre_id FROM relatives r
                WHERE r.cadre_id = own AND r.is_key = 1 AND r.relation <> 'other'
                  AND r.relative_cadre_id IS NOT NULL
                UNION
                SELECT r.cadre_id FROM relatives r
                WHERE r.relative_cadre_id = own AND r.is_key = 1 AND r.relation <> 'other')
            closed);
END
$$;

-- A clue or a case is closed to the account when any of its subjects is, and within its units
-- when one of its subjects is or when it has none yet (as Access::mayReadClue).
CREATE OR REPLACE FUNCTION dossier_sees_subjects(subjects BIGINT[], barred BIGINT[],
                                                 all_units BOOLEAN, units BIGINT[])
RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN NOT (subjects && barred)
       AND (all_units OR cardinality(subjects) = 0
            OR EXISTS (SELECT 1 FROM cadres c WHERE c.id = ANY (subjects)
                       AND c.unit_id = ANY (units)));
END
$$;

-- A clue (with `clue`) or a case (with `item`), judged by its subjects.
CREATE OR REPLACE FUNCTION dossier_sees_matter(clue BIGINT, item BIGINT, barred BIGINT[],
                                               all_units BOOLEAN, units BIGINT[])
RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF clue IS NOT NULL THEN
        RETURN dossier_sees_subjects(ARRAY(SELECT s.cadre_id FROM clue_subjects s
                                           WHERE s.clue_id = clue), barred, all_units, units);
    END IF;
    RETURN dossier_sees_subjects(ARRAY(SELECT s.cadre_id FROM case_subjects s
                                       WHERE s.case_id = item), barred, all_units, units);
END
$$;

-- What keeps a row of `tbl` to the account, from the columns the table has: its cadre, its clue
-- or case, its unit, or the row it belongs to. Every helper is wrapped in a subquery, so that
-- it is worked out once per statement, not once per row.
CREATE OR REPLACE FUNCTION dossier_row_test(tbl TEXT) RETURNS TEXT
LANGUAGE plpgsql STABLE AS $$
DECLARE
    columns TEXT[];
    nullable TEXT[];
    parent RECORD;
    context CONSTANT TEXT := '(SELECT dossier_barred()), (SELECT dossier_all_units()), '
                             '(SELECT dossier_units())';
    unit_test CONSTANT TEXT := '((SELECT dossier_all_units()) OR %s = ANY ((SELECT '
                               'dossier_units())::BIGINT[]))';
    cadre_test CONSTANT TEXT := '(%1$s <> ALL ((SELECT dossier_barred())::BIGINT[]) AND ((SELECT '
                                'dossier_all_units()) OR %1$s IN (SELECT c.id FROM cadres c '
                                'WHERE c.unit_id = ANY ((SELECT dossier_units())::BIGINT[]))))';
    test TEXT;
BEGIN
    SELECT array_agg(column_name::text),
           array_agg(column_name::text) FILTER (WHERE is_nullable = 'YES')
    INTO columns, nullable
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = tbl;
    IF tbl = 'clues' THEN
        RETURN format('dossier_sees_matter(id, NULL, %s)', context);
    ELSIF tbl = 'cases' THEN
        RETURN format('dossier_sees_matter(NULL, id, %s)', context);
    ELSIF tbl LIKE 'clue\_%' AND 'clue_id' = ANY (columns) THEN
        RETURN format('dossier_sees_matter(clue_id, NULL, %s)', context);
    ELSIF tbl LIKE 'case\_%' AND 'case_id' = ANY (columns) THEN
        test := format('dossier_sees_matter(NULL, case_id, %s)', context);
        IF 'cadre_id' = ANY (columns) THEN
            test := test || ' AND (cadre_id IS NULL OR ' || format(cadre_test, 'cadre_id') || ')';
        END IF;
        RETURN test;
    END IF;
    IF 'cadre_id' = ANY (columns) AND NOT 'cadre_id' = ANY (coalesce(nullable, '{}')) THEN
        RETURN format(cadre_test, 'cadre_id');
    END IF;
    IF 'unit_id' = ANY (columns) THEN
        test := format(unit_test, 'unit_id');
    ELSE
        -- The row it belongs to, whose own rules apply through the policies of its table.
        SELECT a.attname::text AS col, r.relname::text AS parent_table INTO parent
        FROM pg_constraint k
        JOIN pg_class t ON t.oid = k.conrelid
        JOIN pg_class r ON r.oid = k.confrelid
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
        WHERE k.contype = 'f' AND t.relname = tbl AND t.relnamespace = current_schema()::regnamespace
          AND cardinality(k.conkey) = 1 AND r.relname NOT IN ('cadres', 'units', 'accounts')
        ORDER BY a.attnum LIMIT 1;
        IF FOUND THEN
            test := format('(%1$s IS NULL OR %1$s IN (SELECT id FROM %2$I))', parent.col,
                           parent.parent_table);
        ELSE
            test := 'true';
        END IF;
    END IF;
    IF 'cadre_id' = ANY (columns) THEN
        test := format('CASE WHEN cadre_id IS NULL THEN %s ELSE %s END', test,
                       format(cadre_test, 'cadre_id'));
    END IF;
    RETURN test;
END
$$;

-- Row-level security on one table, by what the table is for (Tables::Role).
CREATE OR REPLACE FUNCTION dossier_protect(tbl TEXT, purpose TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    signed_in CONSTANT TEXT := '(SELECT dossier_role()) <> ''''';
    test TEXT;
    writer TEXT;
    policy RECORD;
BEGIN
    FOR policy IN SELECT policyname FROM pg_policies
                  WHERE schemaname = current_schema() AND tablename = tbl LOOP
        EXECUTE format('DROP POLICY %I ON %I', policy.policyname, tbl);
    END LOOP;
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
    IF tbl = 'cadres' THEN
        -- Every account sees the cadres of its units by name, unit and position (the columns
        -- DATABASE_accounts may read); the dossier behind the name is in the other tables.
        test := format('%s AND ((SELECT dossier_all_units()) OR unit_id = ANY ((SELECT '
                       'dossier_units())::BIGINT[]))', signed_in);
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, test);
        writer := format('(SELECT dossier_writes()) '
                       'AND id <> ALL ((SELECT dossier_barred())::BIGINT[]) AND %s', test);
    ELSIF tbl = 'units' THEN
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
        writer := '(SELECT dossier_writes())';
    ELSIF tbl IN ('cadre_grams', 'cadre_search') THEN
        test := format('%s IN (SELECT id FROM cadres)',
                       CASE tbl WHEN 'cadre_grams' THEN 'cadre_id' ELSE 'rowid' END);
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, test);
        writer := format('(SELECT dossier_writes()) AND %s', test);
    ELSIF purpose IN ('record', 'link', 'workflow') OR tbl = 'review_packages' THEN
        test := dossier_row_test(tbl);
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING ((SELECT dossier_reads()) '
                       'AND %s)', tbl, test);
        writer := format('(SELECT dossier_writes()) AND %s', test);
    ELSIF tbl = 'accounts' THEN
        -- Each change is checked column by column by the accounts_guard trigger.
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
        EXECUTE format('CREATE POLICY adding ON %I FOR INSERT WITH CHECK (%s)', tbl, signed_in);
        EXECUTE format('CREATE POLICY changing ON %I FOR UPDATE USING (%s)', tbl, signed_in);
    ELSIF tbl = 'account_units' THEN
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
        writer := '(SELECT dossier_grants())';
    ELSIF tbl = 'signing_keys' THEN
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
        writer := 'account_id = (SELECT id FROM dossier_me())';
    ELSIF tbl = 'sign_in_failures' THEN
        EXECUTE format('CREATE POLICY writing ON %I FOR ALL USING (true)', tbl);
    ELSIF tbl = 'audit_log' THEN
        -- The auditor reads the whole trail; a reader, the entries of the dossiers it reads.
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING ((SELECT dossier_role()) '
                       '= ''auditor'' OR ((SELECT dossier_reads()) AND cadre_id IS NOT NULL '
                       'AND %s))', tbl, dossier_row_test('audit_log'));
    ELSIF tbl = 'audit_seals' THEN
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
        EXECUTE format('CREATE POLICY sealing ON %I FOR INSERT WITH CHECK ((SELECT '
                       'dossier_role()) = ''auditor'')', tbl);
    ELSIF tbl IN ('statistic_counts', 'statistic_totals') THEN
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING ((SELECT dossier_reads()))',
                       tbl);
    ELSIF tbl IN ('settings', 'rules', 'articles') THEN
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
        writer := format('(SELECT dossier_role()) = '
                       '''administrator''');
    ELSIF tbl = 'summary_templates' THEN
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
        writer := '(SELECT dossier_writes())';
    ELSE
        -- The head and count of the trail, the kept counts, the rows of the schema: read by
        -- every account, written by the functions and triggers of the owner only.
        EXECUTE format('CREATE POLICY reading ON %I FOR SELECT USING (%s)', tbl, signed_in);
    END IF;
    -- Writes by command, so that a read meets the reading policy alone.
    IF writer IS NOT NULL THEN
        EXECUTE format('CREATE POLICY adding ON %I FOR INSERT WITH CHECK (%s)', tbl, writer);
        EXECUTE format('CREATE POLICY changing ON %I FOR UPDATE USING (%s)', tbl, writer);
        EXECUTE format('CREATE POLICY removing ON %I FOR DELETE USING (%s)', tbl, writer);
    END IF;
END
$$;

-- An account's changes to the accounts table, column by column, as Accounts allows them.
CREATE OR REPLACE FUNCTION accounts_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me RECORD;
    refusal CONSTANT TEXT := 'account change refused by the server';
BEGIN
    SELECT * INTO me FROM dossier_me();
    IF NOT FOUND THEN
        IF session_user::text LIKE '%@' || dossier_name() THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = refusal;
        END IF;
        RETURN coalesce(NEW, OLD); -- the owner
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = refusal;
    ELSIF TG_OP = 'INSERT' THEN
        IF NOT (me.role = 'administrator' OR dossier_grants())
           OR (NEW.role <> 'none' AND NOT dossier_grants()) THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = refusal;
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id <> OLD.id OR NEW.name <> OLD.name OR NEW.created_at <> OLD.created_at
       OR ((NEW.role, NEW.all_units, NEW.cadre_id) IS DISTINCT FROM
           (OLD.role, OLD.all_units, OLD.cadre_id) AND (NOT dossier_grants() OR OLD.id = me.id))
       OR (NEW.disabled <> OLD.disabled
           AND (me.role <> 'administrator' OR (OLD.id = me.id AND NEW.disabled = 1)))
       OR ((NEW.real_name, NEW.post) IS DISTINCT FROM (OLD.real_name, OLD.post)
           AND me.role <> 'administrator')
       OR ((NEW.password_hash, NEW.password_changed_at, NEW.must_change_password,
            NEW.failed_attempts, NEW.locked_until) IS DISTINCT FROM
           (OLD.password_hash, OLD.password_changed_at, OLD.must_change_password,
            OLD.failed_attempts, OLD.locked_until)
           AND NOT (OLD.id = me.id AND NEW.must_change_password = 0)
           AND NOT (me.role = 'administrator' AND NEW.must_change_password = 1)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = refusal;
    END IF;
    RETURN NEW;
END
$$;

-- The server role of an account made or brought in line with its row: its group roles by its
-- role, able to sign in unless disabled, and, with `verifier`, a new password (a SCRAM verifier,
-- so that the password itself never reaches the server). Only its owner or the administrator
-- sets a password.
CREATE OR REPLACE FUNCTION dossier_account_role(account BIGINT, verifier TEXT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    target RECORD;
    me RECORD;
    role_name TEXT;
    accounts_group CONSTANT TEXT := dossier_name() || '_accounts';
    readers_group CONSTANT TEXT := dossier_name() || '_readers';
BEGIN
    SELECT * INTO target FROM accounts WHERE id = account;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'no such account';
    END IF;
    SELECT * INTO me FROM dossier_me();
    IF verifier IS NOT NULL AND session_user::text LIKE '%@' || dossier_name()
       AND NOT (FOUND AND (me.id = account OR me.role = 'administrator')) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'password change refused by the server';
    END IF;
    role_name := target.name || '@' || dossier_name();
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
    END IF;
    EXECUTE format('GRANT %I TO %I', accounts_group, role_name);
    IF target.role IN ('officer', 'reviewer') THEN
        EXECUTE format('GRANT %I TO %I', readers_group, role_name);
    ELSIF pg_has_role(role_name, readers_group, 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', readers_group, role_name);
    END IF;
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', role_name, verifier);
    END IF;
    IF target.disabled = 1 THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', role_name);
    ELSIF verifier IS NOT NULL OR EXISTS (SELECT 1 FROM pg_authid WHERE rolname = role_name
                                          AND rolpassword IS NOT NULL) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', role_name);
    END IF;
    RETURN role_name;
END
$$;

-- The trail's next entry, hashed as AuditLog does it, under the lock its writers take in turn.
-- The name it is written under is the connection's account, whatever the caller says; only the
-- owner's connection names someone itself.
CREATE OR REPLACE FUNCTION dossier_audit_append(user_name TEXT, action TEXT, entity TEXT,
                                                entity_id BIGINT, cadre_id BIGINT, before TEXT,
                                                after TEXT, changes_from BIGINT)
RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    who TEXT := user_name;
    last RECORD;
    next_id BIGINT := 1;
    previous TEXT := repeat('0', 64);
    written_at CONSTANT TEXT := to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                        'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    changes_to BIGINT;
    counted_from BIGINT;
    canonical TEXT;
    digest TEXT;
BEGIN
    IF session_user::text LIKE '%@' || dossier_name() THEN
        who := (SELECT a.name::text FROM accounts a
                WHERE a.name::text COLLATE "C" || '@' || dossier_name() = session_user::text);
        IF who IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'no account for this connection';
        END IF;
    END IF;
    PERFORM pg_advisory_xact_lock(1229214529); -- "IDSA", as the trail has always been locked
    SELECT l.id, l.hash INTO last FROM audit_log l ORDER BY l.id DESC LIMIT 1;
    IF FOUND THEN
        next_id := last.id + 1;
        previous := last.hash;
    END IF;
    changes_to := (SELECT r.changes FROM record_changes r WHERE r.only = 1);
    IF changes_to IS NOT NULL THEN
        counted_from := least(coalesce(changes_from, changes_to), changes_to);
    END IF;
    canonical := concat_ws(chr(31), next_id::text, written_at, who, action, entity,
                           coalesce(entity_id, 0)::text, coalesce(cadre_id, 0)::text,
                           coalesce(before, ''), coalesce(after, ''), previous);
    IF changes_to IS NOT NULL THEN
        canonical := canonical || chr(31) || counted_from::text || chr(31) || changes_to::text;
    END IF;
    digest := encode(sha256(convert_to(previous || canonical, 'UTF8')), 'hex');
    INSERT INTO audit_log AS l (id, at, user_name, action, entity, entity_id, cadre_id, before,
                                after, prev_hash, hash, changes_from, changes_to)
    VALUES (next_id, written_at, who, action, entity, nullif(entity_id, 0),
            nullif(cadre_id, 0), coalesce(before, ''), coalesce(after, ''), previous, digest,
            counted_from, changes_to);
    INSERT INTO audit_head AS h (only, entries, hash) VALUES (1, next_id, digest)
    ON CONFLICT (only) DO UPDATE SET entries = excluded.entries, hash = excluded.hash;
    RETURN next_id;
END
$$;

-- The group roles, their rights, and row-level security on every table.
CREATE OR REPLACE FUNCTION dossier_secure(purposes JSONB) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    accounts_group CONSTANT TEXT := dossier_name() || '_accounts';
    readers_group CONSTANT TEXT := dossier_name() || '_readers';
    item RECORD;
    directory TEXT;
    account_columns TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = accounts_group) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', accounts_group);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = readers_group) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', readers_group);
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(),
                   accounts_group);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), accounts_group);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I, %I', current_schema(),
                   accounts_group, readers_group);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(),
                   accounts_group);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(),
                   accounts_group);
    -- The columns of the directory for everyone; the rest to those who read dossiers.
    EXECUTE format('REVOKE SELECT ON cadres FROM %I', accounts_group);
    SELECT string_agg(quote_ident(column_name::text), ', ') INTO directory
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'cadres'
      AND column_name IN ('id', 'dossier_number', 'name', 'unit_id', 'position', 'rank',
                          'is_top_leader', 'is_team_member', 'status', 'pinyin_full',
                          'pinyin_initials', 'updated_at');
    EXECUTE format('GRANT SELECT (%s) ON cadres TO %I', directory, accounts_group);
    EXECUTE format('GRANT SELECT ON cadres TO %I', readers_group);
    -- No account reads the password hash of another: the server checks passwords itself.
    EXECUTE format('REVOKE SELECT ON accounts FROM %I', accounts_group);
    SELECT string_agg(quote_ident(column_name::text), ', ') INTO account_columns
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'accounts'
      AND column_name <> 'password_hash';
    EXECUTE format('GRANT SELECT (%s) ON accounts TO %I', account_columns, accounts_group);
    FOR item IN SELECT key AS tbl, value #>> '{}' AS purpose FROM jsonb_each(purposes) LOOP
        IF item.tbl = 'accounts' THEN
            EXECUTE format('GRANT INSERT, UPDATE ON %I TO %I', item.tbl, accounts_group);
        ELSIF item.purpose IN ('record', 'link', 'workflow', 'setting', 'access')
           OR item.tbl IN ('review_packages', 'cadre_grams', 'cadre_search') THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', item.tbl, accounts_group);
        ELSIF item.tbl = 'audit_seals' THEN
            EXECUTE format('GRANT INSERT ON %I TO %I', item.tbl, accounts_group);
        END IF;
        PERFORM dossier_protect(item.tbl, item.purpose);
    END LOOP;
    -- Views read their tables as whoever reads the view, rules and all.
    FOR item IN SELECT c.relname FROM pg_class c
                WHERE c.relkind = 'v' AND c.relnamespace = current_schema()::regnamespace LOOP
        EXECUTE format('ALTER VIEW %I SET (security_invoker = true)', item.relname);
    END LOOP;
    -- The triggers keep counts, the change count and notices an account may not write itself:
    -- they run as the owner. So do the helpers above. Each finds its tables in this schema
    -- alone, never in a temporary table an account made to stand in for one (pg_temp last).
    FOR item IN SELECT p.oid::regprocedure AS function, p.prorettype = 'trigger'::regtype AS fires
                FROM pg_proc p
                WHERE p.pronamespace = current_schema()::regnamespace
                  AND (p.prorettype = 'trigger'::regtype OR p.proname LIKE 'dossier\_%')
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid
                                  AND d.deptype = 'e') LOOP
        IF item.fires THEN
            EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER', item.function);
        END IF;
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', item.function,
                       current_schema());
    END LOOP;
    REVOKE ALL ON FUNCTION dossier_secure(JSONB) FROM PUBLIC;
    REVOKE ALL ON FUNCTION dossier_protect(TEXT, TEXT) FROM PUBLIC;
END
$$;

DROP TRIGGER IF EXISTS accounts_guard ON accounts;
CREATE TRIGGER accounts_guard BEFORE INSERT OR UPDATE OR DELETE ON accounts
FOR EACH ROW EXECUTE FUNCTION accounts_guard();
