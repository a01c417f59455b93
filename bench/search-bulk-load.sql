-- Adds 100,000 messages of the search benchmark's made-up words (messenger.bench.Vocabulary) to general in one
-- statement, after the newest message, and moves the message counter past them. Run by search-bulk-load.sh
-- against the embedded database of a stopped server; the server indexes them when it starts.
SET @words = 5000, @c = 'bcdfghklmnprstvz', @v = 'aeiou';
CREATE TABLE IF NOT EXISTS bulk_words (i INT PRIMARY KEY, w VARCHAR(8) NOT NULL) ENGINE = MEMORY;
INSERT IGNORE INTO bulk_words
  SELECT seq, CONCAT(SUBSTR(@c, seq % 80 DIV 5 + 1, 1), SUBSTR(@v, seq % 80 % 5 + 1, 1),
                     SUBSTR(@c, seq DIV 80 % 80 DIV 5 + 1, 1), SUBSTR(@v, seq DIV 80 % 80 % 5 + 1, 1),
                     SUBSTR(@c, (7 * seq + 3) % 80 DIV 5 + 1, 1), SUBSTR(@v, (7 * seq + 3) % 80 % 5 + 1, 1))
  FROM seq_0_to_4999;
START TRANSACTION;
SELECT last_id INTO @base FROM message_counter WHERE id = 1 FOR UPDATE;
INSERT INTO messages (id, sender_id, client_msg_id, text, created_at, conversation_id)
  SELECT @base + s.seq, (SELECT MIN(id) FROM users) + s.seq % 10, CONCAT('bulk:', @base + s.seq),
         CONCAT_WS(' ', w1.w, w2.w, w3.w, w4.w, w5.w, w6.w, w7.w, w8.w, w9.w, w10.w, w11.w, w12.w),
         NOW(3) - INTERVAL (100000 - s.seq) * 10000 MICROSECOND, 1
  FROM seq_1_to_100000 s
  JOIN bulk_words w1 ON w1.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':1')) / 4294967296, 3))
  JOIN bulk_words w2 ON w2.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':2')) / 4294967296, 3))
  JOIN bulk_words w3 ON w3.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':3')) / 4294967296, 3))
  JOIN bulk_words w4 ON w4.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':4')) / 4294967296, 3))
  JOIN bulk_words w5 ON w5.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':5')) / 4294967296, 3))
  JOIN bulk_words w6 ON w6.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':6')) / 4294967296, 3))
  JOIN bulk_words w7 ON w7.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':7')) / 4294967296, 3))
  JOIN bulk_words w8 ON w8.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':8')) / 4294967296, 3))
  JOIN bulk_words w9 ON w9.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':9')) / 4294967296, 3))
  JOIN bulk_words w10 ON w10.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':10')) / 4294967296, 3))
  JOIN bulk_words w11 ON w11.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':11')) / 4294967296, 3))
  JOIN bulk_words w12 ON w12.i = FLOOR(@words * POW(CRC32(CONCAT(@base + s.seq, ':12')) / 4294967296, 3));
UPDATE message_counter SET last_id = @base + 100000 WHERE id = 1;
COMMIT;
