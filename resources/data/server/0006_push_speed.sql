-- Klachtdesk server schema 6: a push batch costs what its changes cost.
-- kd.push appended each answer to a growing jsonb array, copying the whole array per change
-- (quadratic in the batch: a batch of 500 spent most of its time there); it now aggregates the
-- answers once.
CREATE OR REPLACE FUNCTION kd.push(p_site text, p_changes jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    out jsonb;
BEGIN
    PERFORM set_config('kd.site', p_site, true);
    -- The changes are read in order and each is applied as it is read; the answers keep it.
    SELECT coalesce(jsonb_agg(kd.apply_change(p_site, e.c) ORDER BY e.n), '[]')
      INTO out
      FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(c, n);
    RETURN out;
END $$;
