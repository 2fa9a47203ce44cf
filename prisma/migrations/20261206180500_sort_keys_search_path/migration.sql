-- The generated sort keys call functions of the public schema. pg_restore (db:restore) runs with an empty
-- search_path, so a key function must name its own: otherwise restoring "Deputy" fails at
-- "function hanzi_strokes() does not exist".
ALTER FUNCTION name_stroke_key(text) SET search_path = public;
ALTER FUNCTION natural_sort_key(text) SET search_path = public;
