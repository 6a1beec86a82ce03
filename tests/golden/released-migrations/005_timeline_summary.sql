-- The dossier's timeline says what each record is about, not only what kind it is: the
-- problem found, the talk's reason, the event's title … in a `summary` column; and each step
-- of a clue after its registration, with who took it.
DROP VIEW cadre_timeline;
CREATE VIEW cadre_timeline AS
    SELECT p.cadre_id, 'position' AS kind, p.id AS record_id, p.start_date AS date,
           p.title AS detail, coalesce(u.name, '') AS summary
        FROM positions p LEFT JOIN units u ON u.id = p.unit_id
    UNION ALL SELECT cadre_id, 'personal_matters_report', id, submitted_date, CAST(year AS TEXT),
           remark
        FROM personal_matters_reports
    UNION ALL SELECT cadre_id, 'talk', id, talk_date, kind, reason FROM talks
    UNION ALL SELECT cadre_id, 'notice', id, issued_date, kind, trim(number || ' ' || substr(content, 1, 120))
        FROM notices WHERE cadre_id IS NOT NULL
    UNION ALL SELECT responsible_cadre_id, 'finding', id, found_date, status, description
        FROM findings WHERE responsible_cadre_id IS NOT NULL
    UNION ALL SELECT s.cadre_id, 'clue', c.id, c.received_date, c.state,
           trim(c.number || ' ' || c.summary)
        FROM clue_subjects s JOIN clues c ON c.id = s.clue_id
    UNION ALL SELECT s.cadre_id, 'clue_step', st.clue_id, st.step_date, st.to_state,
           trim(c.number || ' ' || st.operator || ' ' || st.note)
        FROM clue_steps st JOIN clues c ON c.id = st.clue_id
        JOIN clue_subjects s ON s.clue_id = st.clue_id
        WHERE st.from_state IS NOT NULL
    UNION ALL SELECT s.cadre_id, 'case', c.id, c.filed_date, c.number, c.summary
        FROM case_subjects s JOIN cases c ON c.id = s.case_id
    UNION ALL SELECT cadre_id, 'sanction', id, effective_date, system || '.' || kind,
           trim(decision_number || ' ' || reason)
        FROM sanctions
    UNION ALL SELECT cadre_id, 'organizational_handling', id, effective_date, kind, reason
        FROM organizational_handlings
    UNION ALL SELECT cadre_id, 'admonition', id, effective_date, '', reason FROM admonitions
    UNION ALL SELECT cadre_id, 'duty_report', id, report_date, CAST(year AS TEXT),
           substr(content, 1, 120)
        FROM duty_reports
    UNION ALL SELECT cadre_id, 'self_examination_material', id, submitted_date, meeting, title
        FROM self_examination_materials WHERE cadre_id IS NOT NULL
    UNION ALL SELECT a.cadre_id, 'warning_education', e.id, e.event_date, e.kind, e.title
        FROM warning_education_attendance a JOIN warning_education_events e ON e.id = a.event_id
    UNION ALL SELECT a.cadre_id, 'integrity_opinion', b.id, b.as_of_date,
           CAST(a.category AS TEXT), trim(b.requester || ' ' || b.purpose)
        FROM opinion_answers a JOIN opinion_batches b ON b.id = a.batch_id
    UNION ALL SELECT cadre_id, 'attachment', id, substr(added_at, 1, 10), file_name, ''
        FROM attachments WHERE cadre_id IS NOT NULL;
