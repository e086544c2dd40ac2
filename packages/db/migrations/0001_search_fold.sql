-- Accent-, case- and punctuation-insensitive folding for searching unit names
-- ("saint tropez" finds "Saint-Tropez", "eze" finds "Èze"). Plain SQL so that it runs
-- unchanged on PGlite, which does not ship the unaccent extension by default.
CREATE OR REPLACE FUNCTION unaccent_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT lower(translate(value,
    'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÇçÑñŸÿ''’-',
    'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNnYy   '))
$$;
