-- Search in every script (issue 11): any two or more characters of a
-- Chinese, Japanese, Korean or Thai title find it. Mirrors
-- schema/postgresql/0004_search_everywhere.sql.
--
-- Such titles are written without spaces, so the word index (media_search)
-- holds a whole title as one word and finds it only by its start. A title
-- holding a character of such a script (the class below, the same as
-- SearchCharacters::isSpaceless and the PostgreSQL migration) is also
-- indexed by every pair of neighbouring characters, in order, so that a
-- phrase of pairs ("神隠 隠し" for 神隠し) finds the title wherever the run
-- is. The pairs are made here, by triggers, so that rows written by any
-- client are found. (A trigger cannot use a WITH clause, so the positions
-- 0 .. length - 2 come from a JSON array of that many zeros; FTS5's
-- trigram tokenizer would not find two characters, common words in Chinese
-- and Japanese.) The row id is the item's seq, as in media_search. The
-- triggers first compare the title's length in bytes and in characters, so
-- that titles in ASCII (most of them) cost no character-class match: that
-- match alone made bulk inserts a tenth slower.
-- The class: U+0E00-0EFF Thai and Lao, 1000-109F Myanmar, 1100-11FF Hangul
-- Jamo, 1780-17FF Khmer, 3005-3007 ideographic marks, 3040-30FF kana,
-- 3130-318F Hangul compatibility Jamo, 31F0-31FF katakana extensions,
-- 3400-4DBF and 4E00-9FFF CJK ideographs, AC00-D7AF Hangul syllables,
-- F900-FAFF compatibility ideographs, FF66-FF9F half-width katakana,
-- 20000-3134F CJK extensions B to G.

-- The word index gains prefixes of one character: a query of one letter
-- ("(a", or a last word just begun) otherwise merges the entries of every
-- word starting with it (60 ms on 100,000 items; 3 ms with the prefix
-- index, for a quarter more index). Its triggers name it and stay.
DROP TABLE media_search;
CREATE VIRTUAL TABLE media_search USING fts5(
    title, creators, description,
    content = 'media_media', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO media_search (media_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE media_title_grams USING fts5(
    grams,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER media_title_grams_after_insert AFTER INSERT ON media_media
WHEN length(CAST(new.title AS BLOB)) <> length(new.title) AND new.title GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𱍏]*' BEGIN
    INSERT INTO media_title_grams (rowid, grams)
    SELECT new.seq, (SELECT group_concat(substr(new.title, key + 1, 2), ' ')
        FROM json_each('[' || replace(hex(zeroblob(length(new.title) - 2)), '00', '0,') || '0]'));
END;

CREATE TRIGGER media_title_grams_after_delete AFTER DELETE ON media_media
WHEN length(CAST(old.title AS BLOB)) <> length(old.title) AND old.title GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𱍏]*' BEGIN
    DELETE FROM media_title_grams WHERE rowid = old.seq;
END;

CREATE TRIGGER media_title_grams_after_update AFTER UPDATE OF title ON media_media BEGIN
    DELETE FROM media_title_grams WHERE rowid = old.seq;
    INSERT INTO media_title_grams (rowid, grams)
    SELECT new.seq, (SELECT group_concat(substr(new.title, key + 1, 2), ' ')
        FROM json_each('[' || replace(hex(zeroblob(length(new.title) - 2)), '00', '0,') || '0]'))
    WHERE length(CAST(new.title AS BLOB)) <> length(new.title) AND new.title GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𱍏]*';
END;

INSERT INTO media_title_grams (rowid, grams)
SELECT m.seq, (SELECT group_concat(substr(m.title, key + 1, 2), ' ')
        FROM json_each('[' || replace(hex(zeroblob(length(m.title) - 2)), '00', '0,') || '0]'))
FROM media_media m
WHERE m.title GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𱍏]*';
