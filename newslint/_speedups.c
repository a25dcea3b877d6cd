/* newslint._speedups: compiled versions of the per-token loops every article pays.
 *
 * Loaded only through newslint/native.py, which falls back on the pure-Python versions (same results;
 * tests/test_native.py compares the two) when this module was not built or NEWSLINT_NO_NATIVE is set.
 *
 * word_texts(text) -> list[str]
 *     textutil.WORD.findall(text), WORD being
 *         [^\W_]+(?:['’\-.][^\W_]+)*\.?(?<![^\W_]{2}\.)
 *     A "word character" [^\W_] is what Python's re calls one in a str pattern: Py_UNICODE_ISALNUM.
 *     A token is a run of word characters, then any number of (separator, run) pairs where the separator is
 *     ' or ’ or - or . and a run follows it, then a final period only when the last run is one character long
 *     (the look-behind refuses a period after two word characters: "U.S." and "e.g." keep theirs, "Mr." does
 *     not). A token's first character is never preceded by a word character (a run is always taken whole), so
 *     the look-behind never looks before the token.
 *
 * lower_words(words) -> list[str]
 *     list(map(str.lower, words)); an ASCII word without a capital (most words) is given back itself rather
 *     than copied, and an ASCII word with capitals is lowered here without a method call.
 *
 * lower_alpha_words(words) -> list[str]
 *     [w for w in words if w.islower() and w.isalpha()] (the OCR gate's plain lower-case words).
 *
 * words_not_in(words, first, second) -> list[str]
 *     [w for w in words if w not in first and w not in second] (first and second: dicts, sets or frozensets).
 *
 * unknown_words(words, shortest, longest, table, accepted) -> list[str]
 *     [w for w in words if shortest <= len(w) <= longest and w.isalpha() and w.islower()
 *      and not table.get(w) and w not in accepted], words any iterable of str (NL104's suspects: a set),
 *     table a dict (or any mapping with get), accepted any container.
 *
 * word_analysis(paragraph_texts) -> (paragraph_words, distinct_words, lower_words, plain, plain_counts, plain_kept,
 *                                    ocr_suspects)
 *     An article's shared word analyses in one pass (model._python_word_analysis is its twin):
 *     [word_texts(t) for t in paragraph_texts], frozenset of the words, the words (those lists joined) lower-cased,
 *     the plain lower-case words (lower_alpha_words, each once, in order of first occurrence) and how often each
 *     occurs (bytes: an int64 each, native byte order; no dict of them is made: the OCR gate's tally reads these);
 *     plain_kept, the plain words' indexes among the words kept across articles (bytes, for plain_word_tally; the
 *     twin: None);
 *     ocr_suspects, the distinct words NL701 looks at (rn, 1 or 0 among three letters or more; textutil.ocr_suspects),
 *     in order of first occurrence: judged once per distinct word, and once per process for a kept word.
 *     A word's tokens share one string object (found by a hash of its code points, no string made for a repeat), so
 *     lower-casing, counting and the set's hashing happen once per distinct word; a word an earlier article of the
 *     process had is that article's string (kept: the first 32,768 distinct words), so they happen once per process
 *     for most words. (The vocabulary, a Counter of lower_words, is built by the model where a rule asks: one
 *     article in four.)
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* Py_UNICODE_ISALNUM for the first 256 code points, built once at import (most text is Latin-1). */
static unsigned char latin1_alnum[256];
static PyObject *lower_name;  /* "lower", interned */

static inline int
is_word_char(Py_UCS4 ch)
{
    return ch < 256 ? latin1_alnum[ch] : Py_UNICODE_ISALNUM(ch);
}

static inline int
is_separator(Py_UCS4 ch)
{
    return ch == '\'' || ch == 0x2019 || ch == '-' || ch == '.';
}

#ifndef Py_ALWAYS_INLINE
#define Py_ALWAYS_INLINE
#endif

/* chars_hash: FNV-1a over the code points (HASH_START, then hash_step for each), then hash_end */
#define HASH_START 1469598103934665603ULL

static inline uint64_t
hash_step(uint64_t hash, Py_UCS4 ch)
{
    return (hash ^ ch) * 1099511628211ULL;
}

static inline uint64_t
hash_end(uint64_t hash)
{
    hash ^= hash >> 33;  /* FNV's low bits depend only on the low bits of the characters: mix the high ones in */
    hash *= 0xff51afd7ed558ccdULL;
    return hash ^ (hash >> 33);
}

/* The end of the token that starts at i (a word character): word_end, and in the same pass chars_hash of the
 * token (written to hash), each of its characters read once (19b). data is a str's: its code points end on a NUL,
 * which is no word character, no separator and no period, so that no read needs a test of the length (24d). */
static Py_ALWAYS_INLINE inline Py_ssize_t
hashed_word_end(const int kind, const void *data, Py_ssize_t i, uint64_t *hash)
{
    uint64_t h = HASH_START;
    Py_ssize_t run_start = i;  /* where the token's last run of word characters began */
    Py_UCS4 ch;
    while (is_word_char(ch = PyUnicode_READ(kind, data, i))) {
        h = hash_step(h, ch);
        i++;
    }
    /* (separator, run) pairs: a separator belongs to the token only when a word character follows it (a separator
     * is no NUL: the character after it is the text's or its closing NUL) */
    while (is_separator(ch) && is_word_char(PyUnicode_READ(kind, data, i + 1))) {
        h = hash_step(h, ch);
        run_start = ++i;
        while (is_word_char(ch = PyUnicode_READ(kind, data, i))) {
            h = hash_step(h, ch);
            i++;
        }
    }
    if (ch == '.' && i - run_start == 1) {
        h = hash_step(h, '.');  /* the period of an initial or a dotted abbreviation */
        i++;
    }
    *hash = hash_end(h);
    return i;
}

/* The end of the token that starts at i (a word character) in a str's code points (kind, data): WORD's match there. */
static inline Py_ssize_t
word_end(int kind, const void *data, Py_ssize_t i)
{
    uint64_t unread;  /* not computed: the compiler drops what only this would read */
    return hashed_word_end(kind, data, i, &unread);
}

/* Append item (a new reference, or NULL after a failed call) to list, giving the reference up: 0, or -1 with an
 * exception. */
static int
append_new(PyObject *list, PyObject *item)
{
    if (item == NULL)
        return -1;
    const int appended = PyList_Append(list, item);
    Py_DECREF(item);
    return appended;
}

/* the tuple (first, second) (no Py_BuildValue: some 650 instructions a pair); NULL on an error */
static PyObject *
size_pair(Py_ssize_t first, Py_ssize_t second)
{
    PyObject *pair = PyTuple_New(2);
    if (pair == NULL)
        return NULL;
    PyTuple_SET_ITEM(pair, 0, PyLong_FromSsize_t(first));
    PyTuple_SET_ITEM(pair, 1, PyLong_FromSsize_t(second));
    if (PyTuple_GET_ITEM(pair, 0) == NULL || PyTuple_GET_ITEM(pair, 1) == NULL) {
        Py_DECREF(pair);
        return NULL;
    }
    return pair;
}

/* (46b) args (a tuple) unpacked into out where it holds count items, each of its type in types (NULL: any object),
 * else 0 with a TypeError: PyArg_ParseTuple's "O", "O!", "U" and "S" for the functions asked of every article, where
 * parsing its format cost two to six hundred instructions a call (about 4,000 an article on the BBC + scraped mix) */
static int
unpack_args(PyObject *args, const char *name, Py_ssize_t count, PyTypeObject *const *types, PyObject **out)
{
    if (PyTuple_GET_SIZE(args) != count) {
        PyErr_Format(PyExc_TypeError, "%s() takes exactly %zd arguments (%zd given)", name, count,
                     PyTuple_GET_SIZE(args));
        return 0;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *item = out[k] = PyTuple_GET_ITEM(args, k);
        if (types[k] != NULL && !PyObject_TypeCheck(item, types[k])) {
            PyErr_Format(PyExc_TypeError, "%s() argument %zd must be %s, not %.50s", name, k + 1, types[k]->tp_name,
                         Py_TYPE(item)->tp_name);
            return 0;
        }
    }
    return 1;
}

/* returns NULL with a TypeError from function (its name) when text is no str */
#define REQUIRE_STR(text, function)                                                                                \
    if (!PyUnicode_Check(text)) {                                                                                  \
        PyErr_SetString(PyExc_TypeError, function "() expects a str");                                             \
        return NULL;                                                                                               \
    }
/* the kind, data and length of the str text, read with PyUnicode_READ(kind, data, i) */
#define STR_CHARS(text)                                                                                            \
    const int kind = PyUnicode_KIND(text);                                                                         \
    const void *data = PyUnicode_DATA(text);                                                                       \
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text)

static PyObject *
word_texts(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "word_texts")
    STR_CHARS(text);
    PyObject *words = PyList_New(0);
    if (words == NULL)
        return NULL;

    Py_ssize_t i = 0;
    while (i < n) {
        if (!is_word_char(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        const Py_ssize_t start = i;
        i = word_end(kind, data, i);
        if (append_new(words, PyUnicode_Substring(text, start, i)) < 0) {
            Py_DECREF(words);
            return NULL;
        }
    }
    return words;
}

/* 0 when words is a list of str, else -1 with a TypeError naming the function. */
static int
check_words(PyObject *words, const char *function)
{
    if (PyList_Check(words)) {
        Py_ssize_t i = 0;
        while (i < PyList_GET_SIZE(words) && PyUnicode_Check(PyList_GET_ITEM(words, i)))
            i++;
        if (i == PyList_GET_SIZE(words))
            return 0;
    }
    PyErr_Format(PyExc_TypeError, "%s() expects a list of str", function);
    return -1;
}

/* The lower-case form of an ASCII word: the word itself when it has no capital (no new string), else a new one. */
static PyObject *
ascii_lower(PyObject *word)
{
    const Py_UCS1 *chars = PyUnicode_1BYTE_DATA(word);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    Py_ssize_t first = 0;
    while (first < n && !(chars[first] >= 'A' && chars[first] <= 'Z'))
        first++;
    if (first == n) {
        Py_INCREF(word);
        return word;
    }
    PyObject *low = PyUnicode_New(n, 127);
    if (low == NULL)
        return NULL;
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(low);
    memcpy(out, chars, first);
    for (Py_ssize_t i = first; i < n; i++)
        out[i] = (chars[i] >= 'A' && chars[i] <= 'Z') ? chars[i] + ('a' - 'A') : chars[i];
    return low;
}

static PyObject *
lower_words(PyObject *module, PyObject *words)
{
    if (check_words(words, "lower_words") < 0)
        return NULL;
    const Py_ssize_t n = PyList_GET_SIZE(words);
    PyObject *lower = PyList_New(n);
    if (lower == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        PyObject *low;
        if (PyUnicode_CheckExact(word) && PyUnicode_IS_ASCII(word))
            low = ascii_lower(word);
        else  /* beyond ASCII, str.lower's full Unicode case mapping (ß, Σ, İ) */
            low = PyObject_CallMethodNoArgs(word, lower_name);
        if (low == NULL) {
            Py_DECREF(lower);
            return NULL;
        }
        PyList_SET_ITEM(lower, i, low);
    }
    return lower;
}

/* str.islower() and str.isalpha(): a non-empty word of letters, with a lower-case one and no capital. */
static int
is_lower_alpha(PyObject *word)
{
    const Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    if (n == 0)
        return 0;
    if (PyUnicode_IS_ASCII(word)) {
        const Py_UCS1 *chars = PyUnicode_1BYTE_DATA(word);
        for (Py_ssize_t i = 0; i < n; i++)
            if (chars[i] < 'a' || chars[i] > 'z')
                return 0;
        return 1;
    }
    const int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (!Py_UNICODE_ISALPHA(ch) || Py_UNICODE_ISUPPER(ch) || Py_UNICODE_ISTITLE(ch))
            return 0;
        cased |= Py_UNICODE_ISLOWER(ch);
    }
    return cased;
}

/* The words (a list of str) for which keep(word, first, second) is 1, in order; NULL when keep gives -1. */
static PyObject *
filter_words(PyObject *words, int (*keep)(PyObject *, PyObject *, PyObject *), PyObject *first, PyObject *second)
{
    PyObject *kept = PyList_New(0);
    if (kept == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(words); i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        const int verdict = keep(word, first, second);
        if (verdict < 0 || (verdict == 1 && PyList_Append(kept, word) < 0)) {
            Py_DECREF(kept);
            return NULL;
        }
    }
    return kept;
}

static int
keep_lower_alpha(PyObject *word, PyObject *unused_first, PyObject *unused_second)
{
    return is_lower_alpha(word);
}

static PyObject *
lower_alpha_words(PyObject *module, PyObject *words)
{
    if (check_words(words, "lower_alpha_words") < 0)
        return NULL;
    return filter_words(words, keep_lower_alpha, NULL, NULL);
}

/* Whether a dict, set or frozenset (or any container) holds key: 1, 0, or -1 with an exception set. */
static int
holds(PyObject *table, PyObject *key)
{
    return PyDict_CheckExact(table) ? PyDict_Contains(table, key) : PySequence_Contains(table, key);
}

/* 1 when neither table holds the word, 0 when one does, -1 on an error. */
static int
keep_missing(PyObject *word, PyObject *first, PyObject *second)
{
    int found = holds(first, word);
    if (found == 0)
        found = holds(second, word);
    return found < 0 ? -1 : !found;
}

static PyObject *
words_not_in(PyObject *module, PyObject *args)
{
    PyObject *words, *first, *second;
    if (!PyArg_ParseTuple(args, "OOO:words_not_in", &words, &first, &second) || check_words(words, "words_not_in") < 0)
        return NULL;
    return filter_words(words, keep_missing, first, second);
}

/*
 * plain_word_tally(plain, counts, common, table, other, signatures, kept_indexes=None)
 *         -> (words, missing, signed, unknown)
 *     (twin: ocr/gate._python_plain_word_tally) The OCR gate's counts of plain, a list of distinct words, each
 *     occurring as often as counts (bytes: an int64 each, as word_analysis gives them) says: words, the sum of the
 *     counts; unknown, the words (in plain's order) that none of common, table and other holds (asked in that order,
 *     each only where the one before misses); missing, their counts summed; signed, the counts of the words that
 *     signatures (a container) holds summed. kept_indexes: word_analysis's last value for plain (its words' indexes
 *     among the words it keeps), so that a kept word's answer is asked once per process (block 17n).
 */

/* Adds the number ``dict`` holds for ``key`` to ``*total`` (nothing when the key is missing): 0, or -1 on an error. */
static int
add_count(PyObject *dict, PyObject *key, Py_ssize_t *total)
{
    PyObject *held = PyDict_GetItemWithError(dict, key);
    if (held == NULL)
        return PyErr_Occurred() ? -1 : 0;
    const Py_ssize_t value = PyLong_AsSsize_t(held);
    if (value == -1 && PyErr_Occurred())
        return -1;
    *total += value;
    return 0;
}

/* 17n: defined in its block at the end of the file */
static const int32_t *kept_indexes_of(PyObject *, Py_ssize_t, PyObject *const tables[4]);
static int kept_word_answers(PyObject *, int32_t, PyObject *const tables[4], Py_ssize_t);
#define WORD_KNOWN 1      /* kept_word_answers: one of common, table and other holds the word */
#define WORD_SIGNATURE 2  /* kept_word_answers: signatures holds the word */

/* The length of the longest str in signatures when it is a frozenset of exact str (PY_SSIZE_T_MAX otherwise: every
 * word is asked), measured once per container (the last one measured is kept, with a reference). */
static PyObject *signatures_measured;
static Py_ssize_t signatures_longest;

static Py_ssize_t
longest_signature(PyObject *signatures)
{
    if (signatures == signatures_measured)
        return signatures_longest;
    Py_ssize_t longest = PY_SSIZE_T_MAX;
    PyObject *items = PyFrozenSet_CheckExact(signatures) ? PyObject_GetIter(signatures) : NULL;
    if (items != NULL) {  /* iterating a frozenset cannot fail */
        PyObject *item;
        longest = 0;
        while ((item = PyIter_Next(items)) != NULL) {
            if (longest != PY_SSIZE_T_MAX)
                longest = !PyUnicode_CheckExact(item) ? PY_SSIZE_T_MAX
                        : PyUnicode_GET_LENGTH(item) > longest ? PyUnicode_GET_LENGTH(item) : longest;
            Py_DECREF(item);
        }
        Py_DECREF(items);
    }
    else if (PyErr_Occurred())  /* no iterator (out of memory): every word is asked */
        PyErr_Clear();
    Py_INCREF(signatures);
    Py_XSETREF(signatures_measured, signatures);
    return signatures_longest = longest;
}

static PyObject *
plain_word_tally(PyObject *module, PyObject *const *args, Py_ssize_t nargs)  /* METH_FASTCALL: no tuple to parse */
{
    if (nargs < 6 || nargs > 7) {
        PyErr_Format(PyExc_TypeError, "plain_word_tally() takes 6 or 7 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *plain = args[0], *counts = args[1], *common = args[2], *table = args[3], *other = args[4];
    PyObject *signatures = args[5], *kept_indexes = nargs > 6 ? args[6] : Py_None;
    if (!PyBytes_Check(counts)) {
        PyErr_Format(PyExc_TypeError, "plain_word_tally() argument 2 must be bytes, not %.50s", Py_TYPE(counts)->tp_name);
        return NULL;
    }
    if (check_words(plain, "plain_word_tally") < 0)
        return NULL;
    const Py_ssize_t size = PyList_GET_SIZE(plain);
    if (PyBytes_GET_SIZE(counts) != size * (Py_ssize_t)sizeof(int64_t)) {
        PyErr_SetString(PyExc_ValueError, "plain_word_tally() expects an int64 count per word");
        return NULL;
    }
    const int64_t *times = (const int64_t *)PyBytes_AS_STRING(counts);
    PyObject *const tables[4] = {common, table, other, signatures};
    const int32_t *kept_index = kept_indexes_of(kept_indexes, size, tables);
    if (kept_index == NULL && PyErr_Occurred())
        return NULL;
    PyObject *unknown = PyList_New(0);
    if (unknown == NULL)
        return NULL;
    Py_ssize_t words = 0, missing = 0, signed_ = 0;
    const Py_ssize_t longest = longest_signature(signatures);  /* a longer str is no signature: not asked */
    for (Py_ssize_t item = 0; item < size; item++) {
        PyObject *word = PyList_GET_ITEM(plain, item);
        words += times[item];
        const int answers = kept_word_answers(word, kept_index ? kept_index[item] : -1, tables, longest);
        if (answers < 0)
            goto fail;
        signed_ += answers & WORD_SIGNATURE ? times[item] : 0;
        if (!(answers & WORD_KNOWN)) {
            missing += times[item];
            if (PyList_Append(unknown, word) < 0)
                goto fail;
        }
    }
    PyObject *result = PyTuple_New(4);  /* (words, missing, signed, unknown), not Py_BuildValue's format read */
    if (result == NULL)
        goto fail;
    const Py_ssize_t sums[3] = {words, missing, signed_};
    for (int i = 0; i < 3; i++) {
        PyObject *sum = PyLong_FromSsize_t(sums[i]);
        if (sum == NULL) {
            Py_DECREF(result);
            goto fail;
        }
        PyTuple_SET_ITEM(result, i, sum);
    }
    PyTuple_SET_ITEM(result, 3, unknown);
    return result;
fail:
    Py_DECREF(unknown);
    return NULL;
}

/* ---- word_analysis: an article's word texts and what is counted over them, in one pass ---- */

/* A distinct word text: one string object (shared by all its tokens), its lower-case form, whether it is a plain
 * lower-case word (is_lower_alpha), the hash of its code points and, in an article's table, how often it occurs. */
typedef struct {
    PyObject *word, *lower;  /* owned references */
    const void *chars;  /* word's code points, their kind and length: compared without reading the str's header */
    Py_ssize_t length;
    uint64_t hash;
    Py_ssize_t count;
    size_t slot;  /* its slot in an article's table (freed at the article's end) */
    int32_t kept_index;  /* its index among the words kept across articles (below), -1 when not kept */
    unsigned char kind;
    unsigned char plain;
    unsigned char suspect;  /* is_ocr_suspect: NL701's rn, 1 or 0 among three letters or more */
} Entry;

static int is_ocr_suspect(PyObject *word);  /* defined in block 17y (repetition and spelling) */

/* Distinct word texts in order of first occurrence, with an open-addressing table (hash of the code points ->
 * index + 1) that finds a token's text among them without making a string for it. */
typedef struct {
    Entry *entries;
    Py_ssize_t size, room;
    uint32_t *slots;      /* index + 1, 0 for a free slot (4 bytes: half the memory to read) */
    size_t mask, allocated;  /* mask + 1 slots in use, of allocated */
} Distinct;

/* A table of slots that an analysis left all free, kept for the next one (24d): an article's table is neither
 * allocated nor cleared whole (calloc's memset was 3 % of the analysis), only its words' slots freed at its end. Taken
 * while in use (a nested analysis, in a finalizer the collector runs, allocates its own); kept up to the size of the
 * largest first table an article gets (16,384 slots). */
static uint32_t *spare_slots;
static size_t spare_allocated;
#define SPARE_SLOTS_MAX ((size_t)1 << 14)

/* seen's table, its words' slots freed (the table all free again), kept as the spare one or freed. */
static void
distinct_table_release(Distinct *seen)
{
    if (seen->slots == NULL)
        return;
    for (Py_ssize_t index = 0; index < seen->size; index++)
        seen->slots[seen->entries[index].slot] = 0;
    if (spare_slots == NULL && seen->allocated <= SPARE_SLOTS_MAX) {
        spare_slots = seen->slots;
        spare_allocated = seen->allocated;
    }
    else
        PyMem_Free(seen->slots);
    seen->slots = NULL;
}

static uint64_t
chars_hash(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    uint64_t hash = HASH_START;
    for (Py_ssize_t i = start; i < end; i++)
        hash = hash_step(hash, PyUnicode_READ(kind, data, i));
    return hash_end(hash);
}

/* memcmp(a, b, size) == 0, inlined for a word's few bytes: two loads of eight, four or one bytes from each, the
 * second ending where the bytes end (overlapping the first where size is no multiple); memcmp beyond 16 bytes */
static Py_ALWAYS_INLINE inline int
same_bytes(const char *a, const char *b, size_t size)
{
    if (size > 16)
        return memcmp(a, b, size) == 0;
    if (size >= 8) {
        uint64_t a1, b1, a2, b2;
        memcpy(&a1, a, 8), memcpy(&b1, b, 8), memcpy(&a2, a + size - 8, 8), memcpy(&b2, b + size - 8, 8);
        return ((a1 ^ b1) | (a2 ^ b2)) == 0;
    }
    if (size >= 4) {
        uint32_t a1, b1, a2, b2;
        memcpy(&a1, a, 4), memcpy(&b1, b, 4), memcpy(&a2, a + size - 4, 4), memcpy(&b2, b + size - 4, 4);
        return ((a1 ^ b1) | (a2 ^ b2)) == 0;
    }
    return size == 0 || (a[0] == b[0] && a[size / 2] == b[size / 2] && a[size - 1] == b[size - 1]);  /* 1 to 3 */
}

/* Whether entry's word holds exactly the code points text[start:end] (inlined in the look-ups of every token). */
static Py_ALWAYS_INLINE inline int
same_chars(const Entry *entry, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (entry->length != end - start)
        return 0;
    if (entry->kind == kind)
        return same_bytes(entry->chars, (const char *)data + start * kind, (size_t)(end - start) * kind);
    for (Py_ssize_t i = start; i < end; i++)
        if (PyUnicode_READ(entry->kind, entry->chars, i - start) != PyUnicode_READ(kind, data, i))
            return 0;
    return 1;
}

/* seen's table made anew with capacity slots (a power of two): the spare one where it is large enough, else a new
 * one; its words placed in it, the old table released */
static int
distinct_table(Distinct *seen, size_t capacity)
{
    uint32_t *slots = spare_slots;
    size_t allocated = spare_allocated;
    spare_slots = NULL;  /* taken, or freed when too small (the larger table is kept in its place) */
    if (slots != NULL && capacity > allocated) {
        PyMem_Free(slots);
        slots = NULL;
    }
    if (slots == NULL && (slots = PyMem_Calloc(allocated = capacity, sizeof(uint32_t))) == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    distinct_table_release(seen);
    for (Py_ssize_t index = 0; index < seen->size; index++) {
        size_t slot = (size_t)seen->entries[index].hash & (capacity - 1);
        while (slots[slot])
            slot = (slot + 1) & (capacity - 1);
        slots[slot] = (uint32_t)(index + 1);
        seen->entries[index].slot = slot;
    }
    seen->slots = slots;
    seen->mask = capacity - 1;
    seen->allocated = allocated;
    return 0;
}

/* The slot of seen's table that holds the word text[start:end] (its code points' hash given), or else the free slot
 * where it goes (distinct_append's: the table is probed once for a new word). */
static Py_ALWAYS_INLINE inline size_t
distinct_slot(const Distinct *seen, uint64_t hash, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    size_t slot = (size_t)hash & seen->mask;
    for (; seen->slots[slot]; slot = (slot + 1) & seen->mask) {
        const Entry *entry = &seen->entries[seen->slots[slot] - 1];
        if (entry->hash == hash && same_chars(entry, kind, data, start, end))
            break;
    }
    return slot;
}

/* Append *entry (a word not in seen, whose free slot distinct_slot gave; its references go to seen, or are released
 * when it could not be added), counted once: its index, or -1 with an exception. */
static Py_ALWAYS_INLINE inline Py_ssize_t
distinct_append(Distinct *seen, size_t slot, const Entry *entry)
{
    if (seen->size >= (Py_ssize_t)UINT32_MAX - 1) {  /* its index would not fit its slot */
        PyErr_SetString(PyExc_OverflowError, "word_analysis(): too many distinct words");
        goto failed;
    }
    if (seen->size == seen->room) {
        const Py_ssize_t room = seen->room ? seen->room * 2 : 64;
        Entry *entries = PyMem_Realloc(seen->entries, room * sizeof(Entry));
        if (entries == NULL) {
            PyErr_NoMemory();
            goto failed;
        }
        seen->entries = entries;
        seen->room = room;
    }
    const Py_ssize_t index = seen->size++;
    seen->entries[index] = *entry;
    seen->entries[index].count = 1;
    seen->entries[index].slot = slot;
    seen->slots[slot] = (uint32_t)(index + 1);
    if ((size_t)seen->size * 2 > seen->mask && distinct_table(seen, (seen->mask + 1) * 2) < 0)
        return -1;  /* added all the same: seen releases it */
    return index;
failed:
    Py_DECREF(entry->word);
    Py_DECREF(entry->lower);
    return -1;
}

/* The distinct words of the articles analysed before in this process (the first KEPT_MAX of them), each with its
 * lower-case form, whether it is plain and the hash of its code points, found by that hash in a table of twice as
 * many slots (index + 1, 0 for a free slot). An article's words are mostly words of the articles before it: a word
 * found here is not made again (its string, lower-casing and test), and its strings' Python hashes are already
 * computed (for the set of distinct words and the counts). The strings are equal to new ones, only shared. */
#define KEPT_MAX 32768
static Entry *kept;
static Py_ssize_t kept_size;
static int32_t *kept_slots;
#define KEPT_MASK ((size_t)KEPT_MAX * 2 - 1)

/* The kept word whose code points are text[start:end] (hash given), or NULL. */
static const Entry *
kept_find(uint64_t hash, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (kept_slots == NULL)
        return NULL;
    for (size_t slot = (size_t)hash & KEPT_MASK; kept_slots[slot]; slot = (slot + 1) & KEPT_MASK) {
        const Entry *entry = &kept[kept_slots[slot] - 1];
        if (entry->hash == hash && same_chars(entry, kind, data, start, end))
            return entry;
    }
    return NULL;
}

/* Keep entry's word (while there is room; the table is made on first use): a reference to each of its strings. Its
 * index among the kept words, or -1 when it could not be kept. */
static int32_t
kept_add(const Entry *entry)
{
    if (kept_slots == NULL) {
        kept = PyMem_Malloc(KEPT_MAX * sizeof(Entry));
        kept_slots = PyMem_Calloc(KEPT_MASK + 1, sizeof(int32_t));
        if (kept == NULL || kept_slots == NULL) {  /* no room to keep words: each article makes its own */
            PyMem_Free(kept);
            PyMem_Free(kept_slots);
            kept = NULL;
            kept_slots = NULL;
            kept_size = KEPT_MAX;
            return -1;
        }
    }
    if (kept_size == KEPT_MAX)
        return -1;
    size_t slot = (size_t)entry->hash & KEPT_MASK;
    while (kept_slots[slot])
        slot = (slot + 1) & KEPT_MASK;
    Py_INCREF(entry->word);
    Py_INCREF(entry->lower);
    kept[kept_size] = *entry;
    kept[kept_size].count = 0;
    kept[kept_size].kept_index = (int32_t)kept_size;
    kept_slots[slot] = (int32_t)++kept_size;
    return (int32_t)(kept_size - 1);
}

/* text[start:end] (text's code points: kind, data), a new str: a one-byte text's word made at once for the code points
 * it holds (ASCII or not), without PyUnicode_Substring's search of the widest one (24d). */
static PyObject *
word_string(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (kind != PyUnicode_1BYTE_KIND)
        return PyUnicode_Substring(text, start, end);
    const Py_UCS1 *chars = (const Py_UCS1 *)data + start;
    Py_UCS1 any = 0;
    for (Py_ssize_t i = 0; i < end - start; i++)
        any |= chars[i];
    PyObject *word = PyUnicode_New(end - start, any < 128 ? 127 : 255);
    if (word != NULL)
        memcpy(PyUnicode_1BYTE_DATA(word), chars, end - start);
    return word;
}

/* The index of text[start:end] (the hash of its code points given), a word neither seen nor kept, once made (its str,
 * lower-case form and tests), kept where there is room and added to seen at the free slot distinct_slot gave; -1 on
 * an error. Not inlined: one word in eight or fewer. */
static Py_NO_INLINE Py_ssize_t
distinct_new(Distinct *seen, size_t slot, PyObject *text, int kind, const void *data, Py_ssize_t start,
             Py_ssize_t end, uint64_t hash)
{
    PyObject *word = word_string(text, kind, data, start, end);
    if (word == NULL)
        return -1;
    PyObject *lower = PyUnicode_IS_ASCII(word) ? ascii_lower(word) : PyObject_CallMethodNoArgs(word, lower_name);
    if (lower == NULL) {
        Py_DECREF(word);
        return -1;
    }
    Entry entry = {.word = word, .lower = lower, .chars = PyUnicode_DATA(word), .length = end - start, .hash = hash,
                   .kind = (unsigned char)PyUnicode_KIND(word), .plain = (unsigned char)is_lower_alpha(word),
                   .suspect = (unsigned char)is_ocr_suspect(word)};
    entry.kept_index = kept_add(&entry);
    return distinct_append(seen, slot, &entry);
}

/* The index of text[start:end] (the hash of its code points given) among the distinct words (added when new, its count
 * raised); -1 on an error. */
static Py_ALWAYS_INLINE inline Py_ssize_t
distinct_add(Distinct *seen, PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
             uint64_t hash)
{
    const size_t slot = distinct_slot(seen, hash, kind, data, start, end);
    if (seen->slots[slot]) {
        const Py_ssize_t found = (Py_ssize_t)seen->slots[slot] - 1;
        seen->entries[found].count++;
        return found;
    }
    const Entry *known = kept_find(hash, kind, data, start, end);
    if (known == NULL)
        return distinct_new(seen, slot, text, kind, data, start, end, hash);
    Py_INCREF(known->word);
    Py_INCREF(known->lower);
    return distinct_append(seen, slot, known);
}

static void
distinct_free(Distinct *seen)
{
    distinct_table_release(seen);
    for (Py_ssize_t index = 0; index < seen->size; index++) {
        Py_DECREF(seen->entries[index].word);
        Py_DECREF(seen->entries[index].lower);
    }
    PyMem_Free(seen->entries);
}

/* An empty list with room for size items, its array allocated, not cleared as PyList_New(size) clears it (calloc: a
 * long list's memset was 4 % of the analysis, 24d): the caller sets items and then the size that holds them. */
static PyObject *
list_with_room(Py_ssize_t size)
{
    PyListObject *list = (PyListObject *)PyList_New(0);
    if (list == NULL || size == 0)
        return (PyObject *)list;
    if ((list->ob_item = PyMem_Malloc(size * sizeof(PyObject *))) == NULL) {
        Py_DECREF(list);
        return PyErr_NoMemory();
    }
    list->allocated = size;
    return (PyObject *)list;
}

/* Each paragraph's list of words (paragraph_words, a list of them) and the lower-case forms of all of them
 * (lower_words), filled in one pass over the tokens (indexes of seen's entries; ends: each paragraph's end among
 * them): 0, or -1 with an exception (what was made is the caller's to release). */
static int
word_lists(const Distinct *seen, const Py_ssize_t *tokens, const Py_ssize_t *ends, Py_ssize_t paragraphs,
           PyObject **paragraph_words, PyObject **lower_words)
{
    if ((*paragraph_words = PyList_New(paragraphs)) == NULL
        || (*lower_words = list_with_room(paragraphs ? ends[paragraphs - 1] : 0)) == NULL)
        return -1;
    PyObject **lower = ((PyListObject *)*lower_words)->ob_item;
    for (Py_ssize_t p = 0, t = 0; p < paragraphs; p++) {
        const Py_ssize_t first = t;
        PyObject *list = list_with_room(ends[p] - first);
        if (list == NULL)
            return -1;
        PyObject **words = ((PyListObject *)list)->ob_item;
        for (; t < ends[p]; t++) {
            const Entry *entry = &seen->entries[tokens[t]];
            Py_INCREF(entry->word);
            Py_INCREF(entry->lower);
            words[t - first] = entry->word;
            lower[t] = entry->lower;
        }
        Py_SET_SIZE(list, t - first);
        PyList_SET_ITEM(*paragraph_words, p, list);
        Py_SET_SIZE(*lower_words, t);  /* (every list complete when the next one is made: a collection may run then) */
    }
    return 0;
}

/* 22e: defined in its block after this one */
static PyObject *frozenset_of_distinct(const PyObject *const *keys, size_t stride, Py_ssize_t count);

/* frozenset(seen's words): its table sized once for them (frozenset_of_distinct), not grown four times over as
 * frozenset(list) grows it. */
static PyObject *
distinct_set(const Distinct *seen)
{
    return frozenset_of_distinct((const PyObject *const *)&seen->entries[0].word, sizeof(Entry), seen->size);
}

/* The tuple word_analysis returns, from the tokens (indexes of distinct words) and each paragraph's end in them. */
static PyObject *
analysis_result(Distinct *seen, const Py_ssize_t *tokens, const Py_ssize_t *ends, Py_ssize_t paragraphs)
{
    PyObject *paragraph_words = NULL, *distinct = NULL, *lower_words = NULL;
    PyObject *plain = NULL, *plain_counts = NULL, *plain_kept = NULL, *suspects = NULL, *result = NULL;
    if (word_lists(seen, tokens, ends, paragraphs, &paragraph_words, &lower_words) < 0
        || (distinct = distinct_set(seen)) == NULL)
        goto done;
    Py_ssize_t plain_words = 0, suspect_words = 0;
    for (Py_ssize_t index = 0; index < seen->size; index++) {
        plain_words += seen->entries[index].plain;
        suspect_words += seen->entries[index].suspect;
    }
    /* each plain word's count (int64) and index among the kept words (int32, -1: not kept), native byte order */
    if ((plain_counts = PyBytes_FromStringAndSize(NULL, plain_words * (Py_ssize_t)sizeof(int64_t))) == NULL
        || (plain_kept = PyBytes_FromStringAndSize(NULL, plain_words * (Py_ssize_t)sizeof(int32_t))) == NULL
        || (plain = list_with_room(plain_words)) == NULL)
        goto done;
    int32_t *kept_indexes = (int32_t *)PyBytes_AS_STRING(plain_kept);
    int64_t *counts = (int64_t *)PyBytes_AS_STRING(plain_counts);
    for (Py_ssize_t index = 0, item = 0; index < seen->size; index++) {
        const Entry *entry = &seen->entries[index];
        if (!entry->plain)
            continue;
        kept_indexes[item] = entry->kept_index;
        counts[item] = entry->count;
        Py_INCREF(entry->word);
        PyList_SET_ITEM(plain, item++, entry->word);
    }
    Py_SET_SIZE(plain, plain_words);
    if ((suspects = list_with_room(suspect_words)) == NULL)
        goto done;
    for (Py_ssize_t index = 0, item = 0; item < suspect_words; index++) {
        const Entry *entry = &seen->entries[index];
        if (entry->suspect) {
            Py_INCREF(entry->word);
            PyList_SET_ITEM(suspects, item++, entry->word);
        }
    }
    Py_SET_SIZE(suspects, suspect_words);
    result = PyTuple_Pack(7, paragraph_words, distinct, lower_words, plain, plain_counts, plain_kept, suspects);
done:
    Py_XDECREF(paragraph_words);
    Py_XDECREF(distinct);
    Py_XDECREF(lower_words);
    Py_XDECREF(plain);
    Py_XDECREF(plain_counts);
    Py_XDECREF(plain_kept);
    Py_XDECREF(suspects);
    return result;
}

/* The tokens of text (its n code points: kind, data) written to tokens as their indexes among seen's distinct words
 * (each looked up as its end and hash are found): how many, or -1 on an error. Inlined with each kind as a constant
 * (a loop of its own per kind, without a switch per character). */
static Py_ALWAYS_INLINE inline Py_ssize_t
paragraph_tokens(Distinct *seen, PyObject *text, const int kind, const void *data, const Py_ssize_t n,
                 Py_ssize_t *tokens)
{
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < n;) {
        if (!is_word_char(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        const Py_ssize_t start = i;
        uint64_t hash;
        i = hashed_word_end(kind, data, i, &hash);
        if ((tokens[count++] = distinct_add(seen, text, kind, data, start, i, hash)) < 0)
            return -1;
    }
    return count;
}

static PyObject *
word_analysis(PyObject *module, PyObject *args)
{
    PyObject *texts;
    if (!unpack_args(args, "word_analysis", 1, (PyTypeObject *const[]){&PyList_Type}, &texts))
        return NULL;
    const Py_ssize_t paragraphs = PyList_GET_SIZE(texts);
    Py_ssize_t length = 0;
    for (Py_ssize_t p = 0; p < paragraphs; p++) {
        PyObject *text = PyList_GET_ITEM(texts, p);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "word_analysis() expects a list of str");
            return NULL;
        }
        length += PyUnicode_GET_LENGTH(text);
    }
    Distinct seen = {0};
    /* a character or more between two tokens: at most (n + 1) / 2 tokens in a paragraph of n code points */
    const Py_ssize_t most = length / 2 + paragraphs + 1;
    Py_ssize_t *tokens = PyMem_Malloc(most * sizeof(Py_ssize_t));
    Py_ssize_t *ends = PyMem_Malloc((paragraphs ? paragraphs : 1) * sizeof(Py_ssize_t));
    PyObject *result = NULL;
    if (tokens == NULL || ends == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* room for as many distinct words as news text has tokens (a token and the space after it: five characters or
     * more), up to 4,096 of them, without growing; a text of more, or of shorter ones, grows the table */
    const size_t expected = (size_t)(length / 5 < 4096 ? length / 5 : 4096);
    size_t capacity = 256;
    while (capacity <= 2 * expected)
        capacity *= 2;
    if (distinct_table(&seen, capacity) < 0)
        goto done;
    seen.room = (Py_ssize_t)expected + 1;
    if ((seen.entries = PyMem_Malloc(seen.room * sizeof(Entry))) == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t total = 0;
    for (Py_ssize_t p = 0; p < paragraphs; p++) {
        PyObject *text = PyList_GET_ITEM(texts, p);
        const int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        const Py_ssize_t found =
              kind == PyUnicode_1BYTE_KIND ? paragraph_tokens(&seen, text, PyUnicode_1BYTE_KIND, data, n, tokens + total)
            : kind == PyUnicode_2BYTE_KIND ? paragraph_tokens(&seen, text, PyUnicode_2BYTE_KIND, data, n, tokens + total)
            : paragraph_tokens(&seen, text, PyUnicode_4BYTE_KIND, data, n, tokens + total);
        if (found < 0)
            goto done;
        ends[p] = total += found;
    }
    result = analysis_result(&seen, tokens, ends, paragraphs);
done:
    distinct_free(&seen);
    PyMem_Free(tokens);
    PyMem_Free(ends);
    return result;
}

/* 17k: defined in its block at the end of the file */
static PyObject *count_words(PyObject *, PyObject *);
static PyObject *capitalised_rows(PyObject *, PyObject *);  /* block 35f */
static PyObject *number_cue_starts(PyObject *, PyObject *);  /* block 34e */
static PyObject *equal_count(PyObject *, PyObject *);  /* block 32c */
static PyObject *flat_byline_starts(PyObject *, PyObject *);  /* block 44a */

static PyObject *get_name;  /* "get", interned */

/* Whether table.get(word) is true: 1, 0, or -1 with an exception set (a dict without a method call). */
static int
table_knows(PyObject *table, PyObject *word)
{
    if (PyDict_CheckExact(table)) {
        PyObject *value = PyDict_GetItemWithError(table, word);  /* borrowed */
        if (value == NULL)
            return PyErr_Occurred() ? -1 : 0;
        return PyObject_IsTrue(value);
    }
    PyObject *value = PyObject_CallMethodOneArg(table, get_name, word);
    if (value == NULL)
        return -1;
    const int known = PyObject_IsTrue(value);
    Py_DECREF(value);
    return known;
}

static PyObject *
unknown_words(PyObject *module, PyObject *args)
{
    PyObject *given[5];
    if (!unpack_args(args, "unknown_words", 5, (PyTypeObject *const[]){NULL, NULL, NULL, NULL, NULL}, given))
        return NULL;
    PyObject *words = given[0], *table = given[3], *accepted = given[4];
    const Py_ssize_t shortest = PyNumber_AsSsize_t(given[1], PyExc_OverflowError);  /* (PyArg_ParseTuple's "n") */
    if (shortest == -1 && PyErr_Occurred())
        return NULL;
    const Py_ssize_t longest = PyNumber_AsSsize_t(given[2], PyExc_OverflowError);
    if (longest == -1 && PyErr_Occurred())
        return NULL;
    PyObject *iterator = PyObject_GetIter(words);
    if (iterator == NULL)
        return NULL;
    PyObject *kept = PyList_New(0);
    PyObject *word;
    while (kept != NULL && (word = PyIter_Next(iterator)) != NULL) {
        int verdict = 0;
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "unknown_words() expects words of type str");
            verdict = -1;
        }
        else {
            const Py_ssize_t n = PyUnicode_GET_LENGTH(word);
            if (shortest <= n && n <= longest && is_lower_alpha(word)) {
                verdict = table_knows(table, word);
                if (verdict == 0)
                    verdict = PySequence_Contains(accepted, word);
                verdict = verdict < 0 ? -1 : !verdict;
            }
        }
        if (verdict < 0 || (verdict == 1 && PyList_Append(kept, word) < 0))
            Py_CLEAR(kept);
        Py_DECREF(word);
    }
    Py_DECREF(iterator);
    if (kept != NULL && PyErr_Occurred())
        Py_CLEAR(kept);
    return kept;
}

/* 17w: defined in its block at the end of the file */
static PyObject *has_case_change(PyObject *, PyObject *);
static PyObject *glued_sentence_cues(PyObject *, PyObject *);
static PyObject *possessive_starts(PyObject *, PyObject *const *, Py_ssize_t);
static PyObject *name_starts(PyObject *, PyObject *);
static PyObject *glued_run_spans(PyObject *, PyObject *);
static PyObject *token_before(PyObject *, PyObject *);
static PyObject *glue_shapes(PyObject *, PyObject *);
static PyObject *possessive_words(PyObject *, PyObject *);
static PyObject *junctions(PyObject *, PyObject *);
/* 33b: defined in its block before 17w's */
static PyObject *missing_space_finding(PyObject *, PyObject *const *, Py_ssize_t);
/* 22f: defined in its block before 17l's */
static PyObject *labels_in_a_row(PyObject *, PyObject *);
/* 17l: defined in its block at the end of the file */
static PyObject *caption_candidates(PyObject *, PyObject *);
/* 17p: defined in its block at the end of the file */
static PyObject *date_cues(PyObject *, PyObject *);
/* 17r: defined in its block at the end of the file */
static PyObject *caption_features(PyObject *, PyObject *);
static PyObject *caption_scans(PyObject *, PyObject *);
/* 17x */
static PyObject *caption_seams(PyObject *, PyObject *);
static PyObject *lower_upper_spans(PyObject *, PyObject *);
static PyObject *run_in_cues(PyObject *, PyObject *);  /* block 28c */
static PyObject *caption_cue_positions(PyObject *, PyObject *);  /* block 30c */
static PyObject *last_opening(PyObject *, PyObject *const *, Py_ssize_t);  /* block 31c */
static PyObject *echoed_seams(PyObject *, PyObject *const *, Py_ssize_t);  /* block 38d */
static PyObject *named_verb_starts(PyObject *, PyObject *const *, Py_ssize_t);  /* block 42e */
static PyObject *run_in_cue_starts(PyObject *, PyObject *);  /* block 34a */
static PyObject *members_among(PyObject *, PyObject *);  /* block 29d */
/* 17F: defined in its block at the end of the file */
static PyObject *fingerprint_key(PyObject *module, PyObject *args);
/* 30b: defined in its block before 17F's */
static PyObject *holds_any(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
/* 34d: defined in its block before 17F's */
static PyObject *stamp_paragraphs(PyObject *module, PyObject *args);
/* 17C: defined in its block at the end of the file */
static int pair_marks_of(int kind, const void *data, Py_ssize_t n);
/* 26c: defined in its block before 17C's */
static PyObject *line_shapes(PyObject *, PyObject *);
/* 27b: defined in its block before 26c's; line_forms in 26c's (28b) */
static PyObject *line_forms(PyObject *, PyObject *);
/* 30a: defined in its block before 27b's */
static PyObject *furniture_lines_to_read(PyObject *, PyObject *);
static inline int line_sentence_end(Py_UCS4 ch);  /* block 26c */
static inline Py_ssize_t line_end(int kind, const void *data, Py_ssize_t n);  /* block 27b */
/* 17H: defined in its block at the end of the file */
static inline int iso_hint_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i);  /* block 17H */
static inline int iso_decimal(Py_UCS4 ch);  /* block 17H */
static PyObject *is_printable(PyObject *, PyObject *);  /* block 31e */
static PyObject *joined_utf8(PyObject *, PyObject *);  /* block 30e */
static PyObject *inline_cues(PyObject *, PyObject *);  /* block 29c */
static PyObject *json_record(PyObject *, PyObject *);  /* block 32e */
static PyObject *spaced_starts(PyObject *, PyObject *);  /* block 17L */
static PyObject *ocr_confusions(PyObject *, PyObject *);  /* block 18d */
static inline int has_byte_between(const Py_UCS1 *chars, uint64_t above, uint64_t below);
static inline Py_ssize_t next_cue_digit(int kind, const void *data, Py_ssize_t n, Py_ssize_t d);  /* block 26e */
static inline uint64_t bytes_equal(uint64_t x, uint64_t c);  /* block 17C */
static inline int row_start_in_eight(const Py_UCS1 *chars);  /* block 27a */
static int caption_twice(PyObject *text, PyObject *needle);  /* block 17u */
/* ---- 32c: how often a list holds a str (list.count), an exact str compared by its code points ---- */
/* equal_count(items, text) -> int
 *     items.count(text) for a list items and a str text. An item that is text itself counts; an exact str counts
 *     where its length, kind and code points are text's (what CPython's str equality compares), without the rich
 *     comparison list.count makes of every item (NL104 counts a word or two among an article's lower-case words,
 *     nearly all of them other words: 60 instructions an item); any other item, or a text of a subclass of str, is
 *     compared as list.count compares it. Twin: rules/extraction/run_together._python_equal_count (list.count);
 *     parity in tests/test_native_equal_count.py. */
static PyObject *
equal_count(PyObject *module, PyObject *args)
{
    PyObject *items, *text;
    if (!PyArg_ParseTuple(args, "O!U:equal_count", &PyList_Type, &items, &text))
        return NULL;
    const int exact = PyUnicode_CheckExact(text);
    const Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {  /* (a comparison may change the list) */
        PyObject *item = PyList_GET_ITEM(items, i);
        if (item == text) {
            count++;
            continue;
        }
        if (exact && PyUnicode_CheckExact(item)) {
            count += PyUnicode_GET_LENGTH(item) == length && PyUnicode_KIND(item) == kind
                     && memcmp(PyUnicode_DATA(item), data, (size_t)length * kind) == 0;
            continue;
        }
        Py_INCREF(item);
        const int equal = PyObject_RichCompareBool(item, text, Py_EQ);
        Py_DECREF(item);
        if (equal < 0)
            return NULL;
        count += equal;
    }
    return PyLong_FromSsize_t(count);
}

/* ---- 34e: NL102's number cues, found in one pass ---- */
/* number_cue_starts(text) -> list[int]
 *     Where glue._NUMBER_CUE (\d(?:(?<=[a-z]{4}\d)|(?=[a-z]{4}))) matches in text, as finditer finds them: each decimal
 *     digit (Python's \d, str.isdecimal) with four a-z right before it or right after it. Python's re tried its digit
 *     class at every character of the whole text; a one-byte str is passed over to its next digit eight bytes at a
 *     time (no decimal digit of Latin-1 is beyond ASCII). */

/* Bit 7 of each of the 8 bytes of x that is an ASCII digit (no byte's sum carrying into another) */
static inline uint64_t
number_cue_digit_bytes(uint64_t x)
{
    const uint64_t ones = ~(uint64_t)0 / 255, x7 = x & (ones * 127);
    return (x7 + ones * (128 - '0')) & ~(x7 + ones * (128 - '9' - 1)) & ~x & (ones * 128);
}

static inline int
number_cue_lower(Py_UCS4 ch)
{
    return ch >= 'a' && ch <= 'z';
}

/* Whether text[at:at + 4] are four a-z (inside the text) */
static Py_ALWAYS_INLINE inline int
number_cue_four_lower(const int kind, const void *data, const Py_ssize_t n, const Py_ssize_t at)
{
    return at >= 0 && at + 4 <= n && number_cue_lower(PyUnicode_READ(kind, data, at))
           && number_cue_lower(PyUnicode_READ(kind, data, at + 1)) && number_cue_lower(PyUnicode_READ(kind, data, at + 2))
           && number_cue_lower(PyUnicode_READ(kind, data, at + 3));
}

/* Appends to starts each cue of the n characters of data (a str's, of that kind; inlined per kind); -1 on error */
static Py_ALWAYS_INLINE inline int
number_cue_scan(const int kind, const void *data, const Py_ssize_t n, PyObject *starts)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (kind == PyUnicode_1BYTE_KIND) {
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_ctzll) */
            for (; i + 8 <= n; i += 8) {
                uint64_t x;
                memcpy(&x, (const Py_UCS1 *)data + i, 8);
                const uint64_t found = number_cue_digit_bytes(x);
                if (found) {
                    i += __builtin_ctzll(found) >> 3;
                    break;
                }
            }
#endif
            while (i < n && !(((const Py_UCS1 *)data)[i] >= '0' && ((const Py_UCS1 *)data)[i] <= '9'))
                i++;
            if (i >= n)
                break;
        }
        else {
            const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if (!(ch >= '0' && ch <= '9') && (ch < 128 || !Py_UNICODE_ISDECIMAL(ch)))
                continue;
        }
        if (number_cue_four_lower(kind, data, n, i - 4) || number_cue_four_lower(kind, data, n, i + 1)) {
            if (append_new(starts, PyLong_FromSsize_t(i)) < 0)
                return -1;
        }
    }
    return 0;
}

/* The body of a function of the str text that returns the list of starts scan(kind, data, n, starts) appends, the
 * scan inlined with each kind a constant (number_cue_starts; capitalised_rows, block 35f) */
#define STARTS_BY_SCAN(text, name, scan)                                                                           \
    REQUIRE_STR(text, name)                                                                                        \
    STR_CHARS(text);                                                                                               \
    PyObject *starts = PyList_New(0);                                                                              \
    if (starts != NULL && (kind == PyUnicode_1BYTE_KIND ? scan(PyUnicode_1BYTE_KIND, data, n, starts)              \
                           : kind == PyUnicode_2BYTE_KIND ? scan(PyUnicode_2BYTE_KIND, data, n, starts)            \
                                                          : scan(PyUnicode_4BYTE_KIND, data, n, starts)) < 0)      \
        Py_CLEAR(starts);                                                                                          \
    return starts;

static PyObject *
number_cue_starts(PyObject *module, PyObject *text)
{
    STARTS_BY_SCAN(text, "number_cue_starts", number_cue_scan)
}

/* ---- 35f: NL110's rows of capitalised words, found in one pass ---- */
/* capitalised_rows(text) -> list[int]
 *     Where flattened._CAPITALISED_ROW ((?: [A-Z\x80-\U0010ffff][^ \n]*){8}, unrolled) matches in text, as finditer
 *     finds them: a space, then eight words each opening with a capital A-Z or a character beyond ASCII, the first
 *     seven each ending at the space before the next (a word runs to the next space or line feed: a line feed ends a
 *     row at its eighth word). Python's re tried the pattern at every space, its classes a call per character (~60
 *     instructions a character of a paragraph); a one-byte str's spaces are found by memchr. */

/* Where the row that starts with the space at text[at] ends, or -1 where none does */
static Py_ALWAYS_INLINE inline Py_ssize_t
capitalised_row_at(const int kind, const void *data, const Py_ssize_t n, Py_ssize_t at)
{
    for (int word = 0; word < 8; word++) {
        if (at + 1 >= n || PyUnicode_READ(kind, data, at) != ' ')
            return -1;
        const Py_UCS4 first = PyUnicode_READ(kind, data, at + 1);
        if (!((first >= 'A' && first <= 'Z') || first >= 0x80))
            return -1;
        at += 2;
        while (at < n && PyUnicode_READ(kind, data, at) != ' ' && PyUnicode_READ(kind, data, at) != '\n')
            at++;
    }
    return at;
}

/* Appends to starts each row of the n characters of data (a str's, of that kind; inlined per kind); -1 on error */
static Py_ALWAYS_INLINE inline int
capitalised_row_scan(const int kind, const void *data, const Py_ssize_t n, PyObject *starts)
{
    Py_ssize_t at = 0;
    while (at < n) {
        if (kind == PyUnicode_1BYTE_KIND) {
            const Py_UCS1 *space = memchr((const Py_UCS1 *)data + at, ' ', (size_t)(n - at));
            if (space == NULL)
                break;
            at = space - (const Py_UCS1 *)data;
        }
        else if (PyUnicode_READ(kind, data, at) != ' ') {
            at++;
            continue;
        }
        const Py_ssize_t end = capitalised_row_at(kind, data, n, at);
        if (end < 0) {
            at++;
            continue;
        }
        if (append_new(starts, PyLong_FromSsize_t(at)) < 0)
            return -1;
        at = end;  /* finditer goes on from the row's end */
    }
    return 0;
}

static PyObject *
capitalised_rows(PyObject *module, PyObject *text)
{
    STARTS_BY_SCAN(text, "capitalised_rows", capitalised_row_scan)
}

/* ---- 22e: a frozenset of distinct objects, its table sized once ---- */
/* frozenset_of_distinct(keys, stride, count): frozenset of the count distinct hashable objects at keys, keys + stride
 *     bytes, ... (an Entry's word, or an array of them), its table made at once for them at the size where a set of
 *     count keys stays below its fill limit (3/5), each key put where set_insert_clean (Objects/setobject.c) puts it:
 *     frozenset(list) grows its table four times over from 8 slots, clearing each new table and placing every key again
 *     (the resizes were two thirds of the set's cost, 17v). The iteration order is the table's, like any set's
 *     (its hashes change from process to process). Used only after a check, once per process, that CPython's own set
 *     finds every key so placed (same_set_layout); else, and on a Python whose set this was not written for, each key
 *     is added by PySet_Add. Twin: frozenset(words) in model._python_word_analysis; parity in tests/test_native.py. */
#define SET_LINEAR_PROBES 9  /* setobject.c's LINEAR_PROBES and PERTURB_SHIFT (the same since Python 3.6) */
#define SET_PERTURB_SHIFT 5

static void
set_place(setentry *table, size_t mask, PyObject *key, Py_hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    setentry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + SET_LINEAR_PROBES <= mask)
            for (size_t j = 0; j < SET_LINEAR_PROBES; j++)
                if ((++entry)->key == NULL)
                    goto found;
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    Py_INCREF(key);
    entry->key = key;
    entry->hash = hash;
}

static PyObject *
frozenset_added(const PyObject *const *keys, size_t stride, Py_ssize_t count)  /* each key by PySet_Add */
{
    PyObject *set = PyFrozenSet_New(NULL);
    for (Py_ssize_t index = 0; set != NULL && index < count; index++)
        if (PySet_Add(set, *(PyObject *const *)((const char *)keys + index * stride)) < 0)
            Py_CLEAR(set);
    return set;
}

static PyObject *
frozenset_placed(const PyObject *const *keys, size_t stride, Py_ssize_t count)  /* the table sized once */
{
    size_t size = PySet_MINSIZE;
    while ((size_t)count * 5 >= (size - 1) * 3)  /* set_add_entry's fill limit, never reached */
        size *= 2;
    PySetObject *set = (PySetObject *)PyFrozenSet_New(NULL);
    if (set == NULL)
        return NULL;
    setentry *table = set->table;  /* the small table, for a few keys */
    if (size > PySet_MINSIZE && (table = PyMem_Calloc(size, sizeof(setentry))) == NULL) {
        Py_DECREF(set);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t index = 0; index < count; index++) {
        PyObject *key = *(PyObject *const *)((const char *)keys + index * stride);
        const Py_hash_t kept_hash = PyUnicode_CheckExact(key) ? ((PyASCIIObject *)key)->hash : -1;
        const Py_hash_t hash = kept_hash != -1 ? kept_hash : PyObject_Hash(key);  /* a str keeps its own (24d) */
        if (hash == -1) {  /* the keys placed so far released (the set counts none of them), then the table */
            for (size_t slot = 0; slot < size; slot++)
                Py_CLEAR(table[slot].key);
            if (table != set->table)
                PyMem_Free(table);
            Py_DECREF(set);
            return NULL;
        }
        set_place(table, size - 1, key, hash);
    }
    set->table = table;
    set->mask = (Py_ssize_t)size - 1;
    set->fill = set->used = count;
    return (PyObject *)set;
}

/* Whether a set made by frozenset_placed is CPython's set: every key found, none other, equal to the set that
 * PySet_Add fills (ints whose hashes collide in their low bits, so that both the linear probes and the perturbed
 * steps are taken). Checked once per process. */
static int
same_set_layout(void)
{
    enum { KEYS = 600 };
    PyObject *keys[KEYS];
    Py_ssize_t made = 0;
    int same = 0;
    for (; made < KEYS; made++)
        if ((keys[made] = PyLong_FromSsize_t(made % 3 ? made * 4096 : made)) == NULL)
            goto done;
    PyObject *placed = frozenset_placed((const PyObject *const *)keys, sizeof(PyObject *), KEYS);
    PyObject *added = frozenset_added((const PyObject *const *)keys, sizeof(PyObject *), KEYS);
    PyObject *absent = PyLong_FromSsize_t(4096 * 3 * KEYS + 1);
    if (placed != NULL && added != NULL && absent != NULL && PySet_GET_SIZE(placed) == KEYS) {
        same = PyObject_RichCompareBool(placed, added, Py_EQ) == 1 && PySet_Contains(placed, absent) == 0;
        for (Py_ssize_t index = 0; same && index < KEYS; index++)
            same = PySet_Contains(placed, keys[index]) == 1;
    }
    Py_XDECREF(placed);
    Py_XDECREF(added);
    Py_XDECREF(absent);
done:
    while (made > 0)
        Py_DECREF(keys[--made]);
    PyErr_Clear();
    return same;
}

/* Whether CPython's set places and finds keys as set_place does (same_set_layout), checked once per process for
 * frozenset_of_distinct and block 26d's set_holds_chars both; 0 on a Python whose set this was not written for. */
static int
set_layout_is_cpythons(void)
{
#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030E0000  /* the set this was written for: 3.11 to 3.13 */
    static int same = -1;  /* checked on first use */
    if (same < 0)
        same = same_set_layout();
    return same;
#else
    return 0;
#endif
}

static PyObject *
frozenset_of_distinct(const PyObject *const *keys, size_t stride, Py_ssize_t count)
{
    if (set_layout_is_cpythons())
        return frozenset_placed(keys, stride, count);
    return frozenset_added(keys, stride, count);
}

/* ---- 23e: a text's lines with their offsets ---- */
/* lines_with_offsets(text) -> list[tuple[int, str]]: each line of text (text.split("\n")) with the offset where it
 *     starts, found by PyUnicode_FindChar (memchr in a one-byte text) rather than split's test of every character and
 *     the offsets' sums in Python. Twin: model._python_lines_with_offsets; parity in tests/test_native.py. */
static PyObject *
lines_with_offsets(PyObject *module, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "lines_with_offsets() expects a str");
        return NULL;
    }
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *lines = PyList_New(0);
    for (Py_ssize_t start = 0; lines != NULL;) {
        Py_ssize_t end = PyUnicode_FindChar(text, '\n', start, n, 1);
        if (end == -2)
            goto fail;
        if (end == -1)
            end = n;
        PyObject *pair = PyTuple_New(2);  /* (start, the line: text itself when it is one line, as split gives it) */
        if (pair == NULL)
            goto fail;
        PyTuple_SET_ITEM(pair, 0, PyLong_FromSsize_t(start));
        PyTuple_SET_ITEM(pair, 1, PyUnicode_Substring(text, start, end));
        const int added = PyTuple_GET_ITEM(pair, 0) && PyTuple_GET_ITEM(pair, 1) && PyList_Append(lines, pair) == 0;
        Py_DECREF(pair);
        if (!added)
            goto fail;
        if (end == n)
            break;
        start = end + 1;
    }
    return lines;
fail:
    Py_XDECREF(lines);
    return NULL;
}

/* blocks_of_lines(lines) -> list[list[tuple[int, str]]]: the runs of non-blank lines among lines (lines_with_offsets'
 * list of (offset, line) pairs; a line is blank where it is empty or every character is white space, str.isspace's
 * Py_UNICODE_ISSPACE), each run a list of the pairs themselves, in order. Twin: model._python_blocks; parity in
 * tests/test_native.py (59b: the loop in Python cost about 5 k instructions an article). */
static PyObject *
blocks_of_lines(PyObject *module, PyObject *lines)
{
    if (!PyList_Check(lines)) {
        PyErr_SetString(PyExc_TypeError, "blocks_of_lines() expects a list of (offset, line) pairs");
        return NULL;
    }
    PyObject *blocks = PyList_New(0);
    PyObject *current = NULL;  /* the block being read (blocks holds it), NULL after a blank line */
    for (Py_ssize_t i = 0; blocks != NULL && i < PyList_GET_SIZE(lines); i++) {
        PyObject *item = PyList_GET_ITEM(lines, i);
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(item, 1))) {
            PyErr_SetString(PyExc_TypeError, "blocks_of_lines() expects a list of (offset, line) pairs");
            goto fail;
        }
        PyObject *line = PyTuple_GET_ITEM(item, 1);
        const int kind = PyUnicode_KIND(line);
        const void *data = PyUnicode_DATA(line);
        const Py_ssize_t n = PyUnicode_GET_LENGTH(line);
        Py_ssize_t at = 0;
        while (at < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, at)))
            at++;
        if (at == n) {  /* blank: the block ends */
            current = NULL;
            continue;
        }
        if (current != NULL) {
            if (PyList_Append(current, item) < 0)
                goto fail;
            continue;
        }
        current = PyList_New(1);
        if (current == NULL)
            goto fail;
        Py_INCREF(item);
        PyList_SET_ITEM(current, 0, item);
        const int added = PyList_Append(blocks, current);
        Py_DECREF(current);
        if (added < 0)
            goto fail;
    }
    return blocks;
fail:
    Py_XDECREF(blocks);
    return NULL;
}

/* ---- 21d: an instance of a class with slots, its slots set in one call ---- */
/* slotted(cls, descriptors, *values): a new cls (object.__new__(cls)) whose slot of each member descriptor of
   descriptors (cls's own, each of an object attribute) is set to the value in the same place: what calling each
   descriptor's __set__ does (diagnostic.slot_constructor; twin diagnostic._python_slotted, parity in
   tests/test_native_slotted.py), without a method-wrapper call and an argument tuple per slot. */
#include <structmember.h>  /* T_OBJECT_EX, READONLY */

/* Whether descriptors (a tuple) are writable object slots of type itself: 1, or 0 with a TypeError set. */
static int
slots_of_type(PyTypeObject *type, PyObject *descriptors)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(descriptors); i++) {
        PyObject *descriptor = PyTuple_GET_ITEM(descriptors, i);
        if (!Py_IS_TYPE(descriptor, &PyMemberDescr_Type) || PyDescr_TYPE(descriptor) != type
                || ((PyMemberDescrObject *)descriptor)->d_member->type != T_OBJECT_EX
                || ((PyMemberDescrObject *)descriptor)->d_member->flags & READONLY) {
            PyErr_SetString(PyExc_TypeError, "slotted() expects writable object slots of the class itself");
            return 0;
        }
    }
    return 1;
}

/* A new type (descriptors checked by slots_of_type) with each descriptor's slot set to the value in the same place. */
static PyObject *
slotted_instance(PyTypeObject *type, PyObject *descriptors, PyObject *const *values)
{
    PyObject *self = type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(descriptors); i++) {
        PyMemberDef *member = ((PyMemberDescrObject *)PyTuple_GET_ITEM(descriptors, i))->d_member;
        PyObject **slot = (PyObject **)((char *)self + member->offset);
        Py_XSETREF(*slot, Py_NewRef(values[i]));
    }
    return self;
}

static PyObject *
slotted(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 2 || !PyType_Check(args[0]) || !PyTuple_CheckExact(args[1])) {
        PyErr_SetString(PyExc_TypeError, "slotted() expects a class, a tuple of its member descriptors and a value each");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)args[0];
    PyObject *descriptors = args[1];
    Py_ssize_t count = PyTuple_GET_SIZE(descriptors);
    if (nargs - 2 != count) {
        PyErr_Format(PyExc_TypeError, "slotted() expects %zd values, got %zd", count, nargs - 2);
        return NULL;
    }
    return slots_of_type(type, descriptors) ? slotted_instance(type, descriptors, args + 2) : NULL;
}

/* line_paragraphs(cls, descriptors, blocks) -> list: each line of blocks (blocks_of_lines' runs of (offset, line)
 * pairs, no line blank) made slotted(cls, descriptors, index, start, stripped): its index among them, its offset
 * moved past the white space line.strip() takes off its start, and line.strip() (the line itself where nothing is
 * stripped). Twin: model._python_line_paragraphs; parity in tests/test_native.py (60a: the loop in Python cost about
 * 8 k instructions an article). */
static PyObject *
line_paragraphs(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyType_Check(args[0]) || !PyTuple_CheckExact(args[1]) || PyTuple_GET_SIZE(args[1]) != 3
            || !PyList_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "line_paragraphs() expects a class, its three slots' descriptors and a list of blocks");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)args[0];
    PyObject *descriptors = args[1], *blocks = args[2];
    if (!slots_of_type(type, descriptors))
        return NULL;
    PyObject *paragraphs = PyList_New(0);
    for (Py_ssize_t b = 0; paragraphs != NULL && b < PyList_GET_SIZE(blocks); b++) {
        PyObject *block = PyList_GET_ITEM(blocks, b);
        if (!PyList_Check(block))
            goto wrong;
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(block); i++) {
            PyObject *item = PyList_GET_ITEM(block, i);
            if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2 || !PyLong_Check(PyTuple_GET_ITEM(item, 0))
                    || !PyUnicode_Check(PyTuple_GET_ITEM(item, 1)))
                goto wrong;
            PyObject *line = PyTuple_GET_ITEM(item, 1);
            const int kind = PyUnicode_KIND(line);
            const void *data = PyUnicode_DATA(line);
            Py_ssize_t first = 0, end = PyUnicode_GET_LENGTH(line);
            while (first < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, first)))
                first++;
            while (end > first && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1)))
                end--;
            PyObject *values[3] = {PyLong_FromSsize_t(PyList_GET_SIZE(paragraphs)), NULL, NULL};
            if (first == 0)
                values[1] = Py_NewRef(PyTuple_GET_ITEM(item, 0));
            else if (values[0] != NULL) {
                PyObject *moved = PyLong_FromSsize_t(first);
                values[1] = moved ? PyNumber_Add(PyTuple_GET_ITEM(item, 0), moved) : NULL;
                Py_XDECREF(moved);
            }
            values[2] = first == 0 && end == PyUnicode_GET_LENGTH(line) && PyUnicode_CheckExact(line)
                ? Py_NewRef(line) : PyUnicode_Substring(line, first, end);
            PyObject *paragraph = values[0] && values[1] && values[2] ? slotted_instance(type, descriptors, values) : NULL;
            Py_XDECREF(values[0]);
            Py_XDECREF(values[1]);
            Py_XDECREF(values[2]);
            const int added = paragraph != NULL && PyList_Append(paragraphs, paragraph) == 0;
            Py_XDECREF(paragraph);
            if (!added)
                goto fail;
        }
    }
    return paragraphs;
wrong:
    PyErr_SetString(PyExc_TypeError, "line_paragraphs() expects a list of blocks, each a list of (offset, line) pairs");
fail:
    Py_XDECREF(paragraphs);
    return NULL;
}

/* ---- 21g: the word list read from its packed form ---- */
/* word_table(words, frequencies) -> dict  (twin: lexicon._python_word_table, parity in tests/test_native_word_table.py)
 *     words: the word list's words in UTF-8, joined by "\n"; frequencies: one native int64 per word, in the same order.
 *     The dict word -> frequency in that order, sized for them at once (no growing), each word copied from its bytes
 *     when ASCII: a fifth less than marshal's dict of the same list (its objects read one by one, its table grown).
 *     ValueError when the words are not as many as the frequencies or not UTF-8. */
static PyObject *
ascii_word(const char *bytes, Py_ssize_t length)  /* the str of UTF-8 bytes: copied when they are ASCII (most words) */
{
    unsigned char any = 0;
    for (Py_ssize_t i = 0; i < length; i++)
        any |= (unsigned char)bytes[i];
    if (any >= 0x80)
        return PyUnicode_DecodeUTF8(bytes, length, "strict");
    PyObject *word = PyUnicode_New(length, 127);
    if (word != NULL)
        memcpy(PyUnicode_1BYTE_DATA(word), bytes, (size_t)length);
    return word;
}

static PyObject *
word_table(PyObject *module, PyObject *args)
{
    Py_buffer words, frequencies;
    if (!PyArg_ParseTuple(args, "y*y*:word_table", &words, &frequencies))
        return NULL;
    PyObject *table = NULL;
    const Py_ssize_t count = frequencies.len / (Py_ssize_t)sizeof(int64_t);
    if (frequencies.len % (Py_ssize_t)sizeof(int64_t) != 0) {
        PyErr_SetString(PyExc_ValueError, "word_table(): the frequencies are not whole int64 values");
        goto done;
    }
    if ((table = _PyDict_NewPresized(count)) == NULL)
        goto done;
    const char *next = words.buf, *const end = next + words.len;
    for (Py_ssize_t index = 0; index < count; index++) {
        const char *stop = memchr(next, '\n', (size_t)(end - next));
        if ((stop == NULL) != (index == count - 1)) {  /* a word too few or too many */
            PyErr_SetString(PyExc_ValueError, "word_table(): the words are not as many as the frequencies");
            goto failed;
        }
        if (stop == NULL)
            stop = end;
        int64_t frequency;
        memcpy(&frequency, (const char *)frequencies.buf + index * sizeof(int64_t), sizeof frequency);
        PyObject *word = ascii_word(next, stop - next);
        PyObject *value = word != NULL ? PyLong_FromLongLong(frequency) : NULL;
        const int added = value != NULL ? PyDict_SetItem(table, word, value) : -1;
        Py_XDECREF(word);
        Py_XDECREF(value);
        if (added < 0)
            goto failed;
        next = stop + 1;
    }
    if (count == 0 && words.len != 0) {
        PyErr_SetString(PyExc_ValueError, "word_table(): the words are not as many as the frequencies");
        goto failed;
    }
    goto done;
failed:
    Py_CLEAR(table);
done:
    PyBuffer_Release(&words);
    PyBuffer_Release(&frequencies);
    return table;
}

/* ---- 26d: a str's membership in a set, asked from its characters ---- */
/* set_holds_chars(set, kind, chars, length): whether the set or frozenset set holds the exact str of length characters
 *     of that kind at chars (a str's own kind: the smallest that holds them), without making the str: its hash made
 *     as unicode_hash makes a str's (_Py_HashBytes of its data), the set's table probed as set_lookkey probes it
 *     (Objects/setobject.c: the linear probes, then the perturbed steps; the same sequence frozenset_placed places
 *     keys by, block 22e). 1 held, 0 not; -1 where the answer needs a comparison of objects (a key of that hash that
 *     is no exact str), or the set is not the one this was written for (set_layout_is_cpythons, block 22e): ask
 *     PySequence_Contains then. NL107's possessive_starts asks it of every stem and the stem's possessives, most of
 *     them absent (three new strs a candidate were half of its cost on the BBC + scraped mix). */
static int
set_holds_chars(PyObject *set, int kind, const void *chars, Py_ssize_t length)
{
    if (!set_layout_is_cpythons() || !PyAnySet_CheckExact(set) || length == 0)
        return -1;
    const Py_hash_t hash = _Py_HashBytes(chars, length * kind);
    if (hash == -1)
        return -1;
    PySetObject *so = (PySetObject *)set;
    const size_t mask = (size_t)so->mask;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        setentry *entry = &so->table[i];
        int probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return 0;
            if (entry->hash == hash) {
                PyObject *key = entry->key;
                if (!PyUnicode_CheckExact(key) || !PyUnicode_IS_READY(key))
                    return -1;
                if (PyUnicode_KIND(key) == kind && PyUnicode_GET_LENGTH(key) == length
                    && memcmp(PyUnicode_DATA(key), chars, (size_t)(length * kind)) == 0)
                    return 1;
            }
            entry++;
        } while (probes--);
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* possessive_stem_used(used, kind, data, start, end): whether the set used holds the str data[start:end] (characters
 *     of that kind, all ASCII: NL107's stem), or it with "'s" or "’s" appended, each asked by set_holds_chars; -1
 *     where one of them is not told that way (possessive_starts asks PySequence_Contains then). */
static int
possessive_stem_used(PyObject *used, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    enum { LONGEST = 64 };  /* characters of a stem asked this way; a longer one is asked with new strs */
    const Py_ssize_t length = end - start;
    if (length > LONGEST)
        return -1;
    Py_UCS1 narrow[LONGEST + 2];
    Py_UCS2 wide[LONGEST + 2];
    for (Py_ssize_t k = 0; k < length; k++)
        narrow[k] = (Py_UCS1)(wide[k] = (Py_UCS2)PyUnicode_READ(kind, data, start + k));
    int found = set_holds_chars(used, PyUnicode_1BYTE_KIND, narrow, length);
    if (found != 0)
        return found;
    narrow[length] = '\'';
    narrow[length + 1] = 's';
    found = set_holds_chars(used, PyUnicode_1BYTE_KIND, narrow, length + 2);
    if (found != 0)
        return found;
    wide[length] = 0x2019;
    wide[length + 1] = 's';
    return set_holds_chars(used, PyUnicode_2BYTE_KIND, wide, length + 2);
}

/* title_words_lowered(words, shortest, longest) -> list[str]: [w.lower() for w in words if shortest <= len(w) <= longest
 *     and w.istitle()], in order (twin: rules/extraction/run_together._python_title_words_lowered): NL104's capitalised
 *     words, asked of every distinct word of a page with a case change inside a word, where map(str.lower,
 *     filter(str.istitle, words)) called two methods on each (most of them shorter than the shortest it weighs). */
/* Whether the n characters of data (a str's, of that kind) are title-case: str.istitle, as unicode_istitle reads
 * them (a cased character after a cased one is lower-case, any other is a capital or title-case letter; one at
 * least) */
static int
title_case_chars(int kind, const void *data, Py_ssize_t n)
{
    int cased = 0, previous_is_cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISUPPER(ch) || Py_UNICODE_ISTITLE(ch)) {
            if (previous_is_cased)
                return 0;
            previous_is_cased = cased = 1;
        }
        else if (Py_UNICODE_ISLOWER(ch)) {
            if (!previous_is_cased)
                return 0;
            previous_is_cased = cased = 1;
        }
        else
            previous_is_cased = 0;
    }
    return cased;
}

static PyObject *
title_words_lowered(PyObject *module, PyObject *args)
{
    PyObject *words;
    Py_ssize_t shortest, longest;
    if (!PyArg_ParseTuple(args, "Onn:title_words_lowered", &words, &shortest, &longest))
        return NULL;
    PyObject *iterator = PyObject_GetIter(words);
    if (iterator == NULL)
        return NULL;
    PyObject *lowered = PyList_New(0), *word;
    if (lowered == NULL)
        goto failed;
    while ((word = PyIter_Next(iterator)) != NULL) {
        int failed = !PyUnicode_Check(word);
        if (failed)
            PyErr_SetString(PyExc_TypeError, "title_words_lowered() expects words of type str");
        else if (shortest <= PyUnicode_GET_LENGTH(word) && PyUnicode_GET_LENGTH(word) <= longest
                 && title_case_chars(PyUnicode_KIND(word), PyUnicode_DATA(word), PyUnicode_GET_LENGTH(word)))
            failed = append_new(lowered, PyObject_CallMethodNoArgs(word, lower_name)) < 0;
        Py_DECREF(word);
        if (failed)
            goto failed;
    }
    if (PyErr_Occurred())
        goto failed;
    Py_DECREF(iterator);
    return lowered;
failed:
    Py_XDECREF(lowered);
    Py_DECREF(iterator);
    return NULL;
}

/* ---- 17y: repetition and spelling ---- */
/*
 * doubled_word_candidates(words, function_words) -> bool  (twin: rules/repetition._python_doubled_word_candidates)
 *     Whether NL501 may report in these lower-cased words: a word followed at once by itself, or a phrase of two
 *     or three words of function_words (a set) followed at once by itself.
 * is_ocr_suspect(word), inside word_analysis (its twin: textutil.ocr_suspects)
 *     ("rn" in w or "1" in w or "0" in w) and sum(map(str.isalpha, w)) >= 3: NL701's suspects.
 * echo_paragraphs(paragraph_words) -> list[int]  (twin: rules/repetition._python_echo_paragraphs)
 *     The indexes of the paragraphs (lists of words) in which three words in a row start with a capital
 *     (str.isupper) and the first and the third may share their first four letters once lower-cased: their first
 *     four characters (fewer in a short word) are not all ASCII, or are four ASCII letters alike but for case.
 * echo_starts(words) -> list[int]  (twin: rules/repetition._python_echo_starts)
 *     In one paragraph's words, every i at which words i, i + 1 and i + 2 start with a capital and words i and
 *     i + 2 may share their first four letters (as echo_paragraphs asks).
 * repeat_starts(words, longest) -> list[int]  (twin: rules/repetition._python_repeat_starts)
 *     In order, every i at which words[i] == words[i + size] for a size of 1 to longest.
 * word_starts(text, words) -> list[int]  (twin: rules/repetition._python_word_starts)
 *     Where each of words (text's word tokens, in order) starts in text: found in turn, each the first occurrence
 *     at or after the end of the one before (str.find); ValueError where one is not found.
 */

/* a == b for two str objects (equal strings have the same kind and length: compact canonical forms); the first
   characters compared before memcmp is called (two words of one length mostly differ there, 17B) */
static inline int
same_str(PyObject *a, PyObject *b)
{
    if (a == b)
        return 1;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    if (n != PyUnicode_GET_LENGTH(b) || PyUnicode_KIND(a) != PyUnicode_KIND(b))
        return 0;
    const int kind = PyUnicode_KIND(a);
    return n == 0 || (PyUnicode_READ(kind, PyUnicode_DATA(a), 0) == PyUnicode_READ(kind, PyUnicode_DATA(b), 0)
                      && memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), n * kind) == 0);
}

/* words as a sequence of str: its items (borrowed from the returned PySequence_Fast), or NULL with an exception */
static PyObject *
str_sequence(PyObject *words, const char *function, PyObject ***items, Py_ssize_t *n)
{
    PyObject *sequence = PySequence_Fast(words, "expected a sequence of str");
    if (sequence == NULL)
        return NULL;
    *n = PySequence_Fast_GET_SIZE(sequence);
    *items = PySequence_Fast_ITEMS(sequence);
    for (Py_ssize_t i = 0; i < *n; i++)
        if (!PyUnicode_Check((*items)[i])) {
            PyErr_Format(PyExc_TypeError, "%s() expects words of type str", function);
            Py_DECREF(sequence);
            return NULL;
        }
    return sequence;
}

/* (31e) whether o is a str: its type compared first (a word is an exact str) */
static inline int
is_str(PyObject *o)
{
    return Py_IS_TYPE(o, &PyUnicode_Type) || PyUnicode_Check(o);
}

/* (31e) 0 where items[from:n] are all str, else -1 with str_sequence's TypeError: the loops that test each word's
   type as they read it (no pass of str_sequence's first) test the words after the one they stop at */
static int
rest_are_str(PyObject **items, Py_ssize_t from, Py_ssize_t n, const char *function)
{
    for (Py_ssize_t i = from; i < n; i++)
        if (!is_str(items[i])) {
            PyErr_Format(PyExc_TypeError, "%s() expects words of type str", function);
            return -1;
        }
    return 0;
}

/* (31e) a str's hash as str computes it, kept in the object (computed and kept where not yet: a str subclass's own
   __hash__ is not asked); equal strs have equal hashes, and no str's is -1 */
static inline Py_hash_t
str_hash(PyObject *word)
{
    const Py_hash_t hash = ((PyASCIIObject *)word)->hash;
    return hash != -1 ? hash : PyUnicode_Type.tp_hash(word);
}

static PyObject *
doubled_word_candidates(PyObject *module, PyObject *args)
{
    PyObject *given[2];
    if (!unpack_args(args, "doubled_word_candidates", 2, (PyTypeObject *const[]){NULL, &PyFrozenSet_Type}, given))
        return NULL;
    PyObject *words = given[0], *function_words = given[1];
    PyObject *sequence = PySequence_Fast(words, "expected a sequence of str");
    if (sequence == NULL)
        return NULL;
    PyObject **items = PySequence_Fast_ITEMS(sequence);
    const Py_ssize_t n = PySequence_Fast_GET_SIZE(sequence);
    /* a word followed at once by itself, or a phrase of two or three words followed at once by itself, ends where a
       word equals the one one, two or three before it: their hashes, kept as the words are read, are compared first
       (31e), and the words are looked up in function_words only where a phrase repeats (a set look-up per word cost
       most of a scan) */
    int found = 0;
    Py_hash_t h1 = -1, h2 = -1, h3 = -1;  /* the hashes of the words one, two and three before (-1: none) */
    Py_ssize_t i = 0;
    for (; i < n; i++) {
        PyObject *word = items[i];
        if (!is_str(word))
            break;
        const Py_hash_t h = str_hash(word);
        if ((h == h1) | (h == h2) | (h == h3)) {
            if (h == h1 && same_str(items[i - 1], word)) {
                found = 1;
                break;
            }
            Py_ssize_t size = 0;
            if (i >= 3 && h == h2 && same_str(items[i - 2], word) && same_str(items[i - 3], items[i - 1]))
                size = 2;
            else if (i >= 5 && h == h3 && same_str(items[i - 3], word) && same_str(items[i - 4], items[i - 1])
                     && same_str(items[i - 5], items[i - 2]))
                size = 3;
            if (size) {
                found = 1;  /* unless a word of the two copies is not a function word */
                for (Py_ssize_t k = i - 2 * size + 1; k <= i && found; k++) {
                    const int function = PySet_Contains(function_words, items[k]);
                    if (function < 0) {
                        Py_DECREF(sequence);
                        return NULL;
                    }
                    found = function;
                }
                if (found)
                    break;
            }
        }
        h3 = h2;
        h2 = h1;
        h1 = h;
    }
    const int failed = rest_are_str(items, i, n, "doubled_word_candidates");
    Py_DECREF(sequence);
    return failed ? NULL : PyBool_FromLong(found);
}

/* Whether a str holds rn, 1 or 0 and three letters or more (str.isalpha) */
static int
is_ocr_suspect(PyObject *word)
{
    const Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    if (n < 3)
        return 0;  /* fewer letters than characters */
    const int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    Py_ssize_t i = 0;
    if (kind == PyUnicode_1BYTE_KIND) {  /* most words: no confusion (one pass, no letter counted) */
        const Py_UCS1 *chars = data;
        while (i < n && chars[i] != '1' && chars[i] != '0' && !(chars[i] == 'r' && i + 1 < n && chars[i + 1] == 'n'))
            i++;
    }
    else {
        for (Py_UCS4 ch; i < n; i++)
            if ((ch = PyUnicode_READ(kind, data, i)) == '1' || ch == '0'
                || (ch == 'r' && i + 1 < n && PyUnicode_READ(kind, data, i + 1) == 'n'))
                break;
    }
    if (i == n)
        return 0;
    Py_ssize_t letters = 0;
    for (i = 0; i < n && letters < 3; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        letters += ch < 128 ? ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') : Py_UNICODE_ISALPHA(ch) != 0;
    }
    return letters >= 3;
}

/* Whether str word starts with a character for which str.isupper is true */
static inline int
starts_upper(PyObject *word)
{
    if (PyUnicode_IS_COMPACT_ASCII(word))  /* most words: the first byte read at once (an empty word's NUL; 31e) */
        return (unsigned)((const Py_UCS1 *)((PyASCIIObject *)word + 1))[0] - 'A' < 26u;
    if (PyUnicode_GET_LENGTH(word) == 0)
        return 0;
    const Py_UCS4 first = PyUnicode_READ_CHAR(word, 0);  /* A-Z alone of ASCII, without a call for it (17H) */
    return first < 128 ? first - 'A' < 26u : Py_UNICODE_ISUPPER(first);
}

/* Whether first and last may share their first four characters once lower-cased (see echo_paragraphs) */
static int
may_share_start(PyObject *first, PyObject *last)
{
    const Py_ssize_t n = PyUnicode_GET_LENGTH(first) < 4 ? PyUnicode_GET_LENGTH(first) : 4;
    const Py_ssize_t m = PyUnicode_GET_LENGTH(last) < 4 ? PyUnicode_GET_LENGTH(last) : 4;
    for (Py_ssize_t i = 0; i < n; i++)
        if (PyUnicode_READ_CHAR(first, i) > 127)
            return 1;
    for (Py_ssize_t i = 0; i < m; i++)
        if (PyUnicode_READ_CHAR(last, i) > 127)
            return 1;
    if (n < 4 || m < 4)
        return 0;
    for (Py_ssize_t i = 0; i < 4; i++) {
        Py_UCS4 a = PyUnicode_READ_CHAR(first, i), b = PyUnicode_READ_CHAR(last, i);
        if (a != b && (a < 'A' || a > 'Z' || a + 32 != b) && (b < 'A' || b > 'Z' || b + 32 != a))
            return 0;
    }
    return 1;
}

static PyObject *
echo_paragraphs(PyObject *module, PyObject *paragraph_words)
{
    PyObject *paragraphs = PySequence_Fast(paragraph_words, "echo_paragraphs() expects a sequence of word lists");
    if (paragraphs == NULL)
        return NULL;
    PyObject *found = PyList_New(0);
    for (Py_ssize_t p = 0; found != NULL && p < PySequence_Fast_GET_SIZE(paragraphs); p++) {
        PyObject *sequence = PySequence_Fast(PySequence_Fast_GET_ITEM(paragraphs, p), "expected a sequence of str");
        if (sequence == NULL) {
            Py_CLEAR(found);
            break;
        }
        PyObject **items = PySequence_Fast_ITEMS(sequence);
        const Py_ssize_t n = PySequence_Fast_GET_SIZE(sequence);
        Py_ssize_t capitals = 0;  /* words starting with a capital in a row, ending at i */
        Py_ssize_t i = 0;
        for (; i < n && is_str(items[i]); i++) {  /* each word's type tested as it is read (31e) */
            capitals = starts_upper(items[i]) ? capitals + 1 : 0;
            if (capitals >= 3 && may_share_start(items[i - 2], items[i])) {
                if (append_new(found, PyLong_FromSsize_t(p)) < 0)
                    Py_CLEAR(found);
                break;
            }
        }
        if (found != NULL && rest_are_str(items, i, n, "echo_paragraphs") < 0)
            Py_CLEAR(found);
        Py_DECREF(sequence);
    }
    Py_DECREF(paragraphs);
    return found;
}

static PyObject *
echo_starts(PyObject *module, PyObject *words)
{
    PyObject **items;
    Py_ssize_t n;
    PyObject *sequence = str_sequence(words, "echo_starts", &items, &n);
    if (sequence == NULL)
        return NULL;
    PyObject *starts = PyList_New(0);
    Py_ssize_t capitals = 0;  /* words starting with a capital in a row, ending at i */
    for (Py_ssize_t i = 0; starts != NULL && i < n; i++) {
        capitals = starts_upper(items[i]) ? capitals + 1 : 0;
        if (capitals >= 3 && may_share_start(items[i - 2], items[i]) && append_new(starts, PyLong_FromSsize_t(i - 2)) < 0)
            Py_CLEAR(starts);
    }
    Py_DECREF(sequence);
    return starts;
}

static PyObject *
repeat_starts(PyObject *module, PyObject *args)
{
    PyObject *words, **items;
    Py_ssize_t n, longest;
    if (!PyArg_ParseTuple(args, "On:repeat_starts", &words, &longest))
        return NULL;
    PyObject *sequence = str_sequence(words, "repeat_starts", &items, &n);
    if (sequence == NULL)
        return NULL;
    PyObject *starts = PyList_New(0);
    for (Py_ssize_t i = 0; starts != NULL && i < n; i++)
        for (Py_ssize_t size = 1; size <= longest && i + size < n; size++)
            if (same_str(items[i], items[i + size])) {
                if (append_new(starts, PyLong_FromSsize_t(i)) < 0)
                    Py_CLEAR(starts);
                break;
            }
    Py_DECREF(sequence);
    return starts;
}

/* Where word first occurs in text at or after pos (str.find's answer), or -1 */
static Py_ssize_t
find_from(int kind, const void *data, Py_ssize_t n, PyObject *word, Py_ssize_t pos)
{
    const Py_ssize_t m = PyUnicode_GET_LENGTH(word);
    const int word_kind = PyUnicode_KIND(word);
    const void *word_data = PyUnicode_DATA(word);
    if (m == 0)
        return pos <= n ? pos : -1;
    const Py_UCS4 first = PyUnicode_READ(word_kind, word_data, 0);
    for (Py_ssize_t at = pos; at + m <= n; at++) {
        if (PyUnicode_READ(kind, data, at) != first)
            continue;
        Py_ssize_t k = 1;
        while (k < m && PyUnicode_READ(kind, data, at + k) == PyUnicode_READ(word_kind, word_data, k))
            k++;
        if (k == m)
            return at;
    }
    return -1;
}

static PyObject *
word_starts(PyObject *module, PyObject *args)
{
    PyObject *text, *words, **items;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "UO:word_starts", &text, &words))
        return NULL;
    PyObject *sequence = str_sequence(words, "word_starts", &items, &count);
    if (sequence == NULL)
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *starts = PyList_New(count);
    Py_ssize_t pos = 0;
    for (Py_ssize_t i = 0; starts != NULL && i < count; i++) {
        const Py_ssize_t at = find_from(kind, data, n, items[i], pos);
        PyObject *start = at < 0 ? NULL : PyLong_FromSsize_t(at);
        if (start == NULL) {
            if (at < 0)
                PyErr_SetString(PyExc_ValueError, "word_starts(): a word is not in the text after the one before");
            Py_CLEAR(starts);
            break;
        }
        PyList_SET_ITEM(starts, i, start);
        pos = at + PyUnicode_GET_LENGTH(items[i]);
    }
    Py_DECREF(sequence);
    return starts;
}

/* ---- 17d: dates, quotes, encoding, repetition, spelling ---- */
/*
 * straight_quote_scan(text) -> (open_at, spaced_at)  (twin: rules/quotes._python_straight_quote_scan)
 *     NL2xx's scan of a paragraph of straight double quotes. open_at: -2 where the general scan must decide (a mark
 *     after a decimal digit, a quotation shut by a misspaced mark ', "he'), else where the quotation still open at
 *     the end starts, or -1 when none is open. spaced_at: the first mark with a space on each side (' " '), -1 when
 *     none is (and with open_at -2).
 */

static int
quote_opener_before(Py_UCS4 ch)  /* quotes._OPENER_BEFORE */
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '(' || ch == '[' || ch == '{' || ch == 0x2014
           || ch == 0x2013 || ch == '-' || ch == '/';
}

static int
quote_closer_after(Py_UCS4 ch)  /* quotes._CLOSER_AFTER */
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!'
           || ch == '?' || ch == ')' || ch == ']' || ch == '}' || ch == 0x2014 || ch == 0x2013 || ch == '-'
           || ch == '/' || ch == 0x2026 || ch == '\'' || ch == 0x2019;
}

/* quotes._straight_role: 1 open, 2 close, 0 either */
static int
straight_role(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    const Py_UCS4 before = i ? PyUnicode_READ(kind, data, i - 1) : ' ';
    const Py_UCS4 after = i + 1 < n ? PyUnicode_READ(kind, data, i + 1) : ' ';
    const int opens = quote_opener_before(before) && !Py_UNICODE_ISSPACE(after);
    const int closes = quote_closer_after(after) && !Py_UNICODE_ISSPACE(before);
    return opens && !closes ? 1 : closes && !opens ? 2 : 0;
}

/* the start of the run of spaces that ends at i (i itself when none) */
static Py_ssize_t
spaces_start(int kind, const void *data, Py_ssize_t i)
{
    while (i > 0 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i - 1)))
        i--;
    return i;
}

/* quotes._after_sentence_end: text[:i] ends with a sentence stop, closing marks and whitespace */
static int
after_sentence_end(int kind, const void *data, Py_ssize_t i)
{
    Py_ssize_t j = spaces_start(kind, data, i);
    if (j == i)
        return 0;
    for (Py_UCS4 ch; j > 0 && ((ch = PyUnicode_READ(kind, data, j - 1)) == 0x2019 || ch == '\'' || ch == 0x201D
                               || ch == ')' || ch == ']');)
        j--;
    if (j == 0)
        return 0;
    const Py_UCS4 stop = PyUnicode_READ(kind, data, j - 1);
    return stop == '.' || stop == '?' || stop == '!' || stop == 0x2026 || stop == ':';
}

static PyObject *
straight_quote_scan(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "straight_quote_scan")
    STR_CHARS(text);
    Py_ssize_t open_at = -1, spaced_at = -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (kind == PyUnicode_1BYTE_KIND) {  /* to the next mark by memchr: a paragraph holds a few among hundreds */
            const char *mark = memchr((const char *)data + i, '"', (size_t)(n - i));
            if (mark == NULL)
                break;
            i = mark - (const char *)data;
        }
        else if (PyUnicode_READ(kind, data, i) != '"')
            continue;
        if (i && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i - 1)))
            return size_pair(-2, -1);
        if (spaced_at < 0 && i && i + 1 < n && PyUnicode_READ(kind, data, i - 1) == ' '
            && PyUnicode_READ(kind, data, i + 1) == ' ')
            spaced_at = i;
        const int role = straight_role(kind, data, n, i);
        if (open_at < 0) {
            if (role != 2)
                open_at = i;
        }
        else if (role != 1)
            open_at = -1;
        else if (i >= 2 && PyUnicode_READ(kind, data, i - 2) == ',' && PyUnicode_READ(kind, data, i - 1) == ' '
                 && i + 1 < n && Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, i + 1)))
            return size_pair(-2, -1);
        else if (after_sentence_end(kind, data, i))
            open_at = i;
    }
    return size_pair(open_at, spaced_at);
}

/*
 * A month beside a number as dates._LOOSE_MONTH_CUES finds it (date_cues, block 17p; its RE2 search is the
 *     pure-Python twin's pre-check): a looser dates._MONTH_NUMBER_CUES (any character beyond the BMP a digit).
 *     Read at each digit: back over spaces, ',' and '.' to the letters before, which
 *     must hold a month's first three letters; and on over st|nd|rd|th, spaces and 'of' and spaces to a month's.
 *     Letters are ASCII, ſ (an s) and the Kelvin sign (a k), as RE2 folds them; spaces str.isspace; digits
 *     str.isdecimal.
 */

/* ch is the ASCII letter c (lower case) in either case, or the character that RE2's case folding adds to it */
static inline int
cue_letter_is(Py_UCS4 ch, char c)
{
    return ch < 128 ? (ch | 0x20) == (Py_UCS4)c : (c == 's' && ch == 0x17F) || (c == 'k' && ch == 0x212A);
}

static inline int
cue_letter(Py_UCS4 ch)
{
    return ch < 128 ? (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' : ch == 0x17F || ch == 0x212A;
}

static inline int
cue_digit(Py_UCS4 ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 128 && (ch >= 0x10000 || Py_UNICODE_ISDECIMAL(ch)));
}

/* ch as a letter of a month cue: an ASCII letter in lower case, 's' for ſ and 'k' for the Kelvin sign (cue_letter_is
 * in one read), else 0 */
static inline unsigned
cue_fold(Py_UCS4 ch)
{
    if (ch < 128) {
        const unsigned lower = ch | 0x20;
        return lower >= 'a' && lower <= 'z' ? lower : 0;
    }
    return ch == 0x17F ? 's' : ch == 0x212A ? 'k' : 0;
}

/* three letters as one key (CUE_KEY('j', 'a', 'n')): a switch on it tells them in a few compares (35b; a test of
 * each of the twelve months a letter at a time was some 120 instructions a place) */
#define CUE_KEY(a, b, c) ((unsigned)(a) << 16 | (unsigned)(b) << 8 | (unsigned)(c))

/* the key of the three letters at i as a month cue reads them (cue_fold) */
static inline unsigned
cue_key_at(int kind, const void *data, Py_ssize_t i)
{
    return CUE_KEY(cue_fold(PyUnicode_READ(kind, data, i)), cue_fold(PyUnicode_READ(kind, data, i + 1)),
                   cue_fold(PyUnicode_READ(kind, data, i + 2)));
}

/* whether a month's first three letters stand at i */
static int
month_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    if (i < 0 || i + 3 > n)
        return 0;
    switch (cue_key_at(kind, data, i)) {
    case CUE_KEY('j', 'a', 'n'): case CUE_KEY('f', 'e', 'b'): case CUE_KEY('m', 'a', 'r'): case CUE_KEY('a', 'p', 'r'):
    case CUE_KEY('m', 'a', 'y'): case CUE_KEY('j', 'u', 'n'): case CUE_KEY('j', 'u', 'l'): case CUE_KEY('a', 'u', 'g'):
    case CUE_KEY('s', 'e', 'p'): case CUE_KEY('o', 'c', 't'): case CUE_KEY('n', 'o', 'v'): case CUE_KEY('d', 'e', 'c'):
        return 1;
    default:
        return 0;
    }
}

/* the end of the run of spaces that starts at i */
static Py_ssize_t
spaces_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    while (i < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
        i++;
    return i;
}

/* month, letters, '.'?, ','?, spaces, then the digit at d: where the run of letters holding the month starts (-1: no
 * month there) */
static Py_ssize_t
month_before_digit(int kind, const void *data, Py_ssize_t d)
{
    Py_ssize_t j = spaces_start(kind, data, d);
    if (j == d)
        return -1;
    if (j > 0 && PyUnicode_READ(kind, data, j - 1) == ',')
        j--;
    if (j > 0 && PyUnicode_READ(kind, data, j - 1) == '.')
        j--;
    const Py_ssize_t end = j;
    while (j > 0 && cue_letter(PyUnicode_READ(kind, data, j - 1)))
        j--;
    for (Py_ssize_t q = j; q + 3 <= end; q++)
        if (month_at(kind, data, end, q))
            return j;
    return -1;
}

/* the digit at d, st|nd|rd|th?, spaces, ('of' and spaces)?, then a month: where the month starts (-1: none) */
static Py_ssize_t
month_after_digit(int kind, const void *data, Py_ssize_t n, Py_ssize_t d)
{
    Py_ssize_t starts[2] = {d + 1, -1};
    if (d + 2 < n)
        switch (CUE_KEY(0, cue_fold(PyUnicode_READ(kind, data, d + 1)), cue_fold(PyUnicode_READ(kind, data, d + 2)))) {
        case CUE_KEY(0, 's', 't'): case CUE_KEY(0, 'n', 'd'): case CUE_KEY(0, 'r', 'd'): case CUE_KEY(0, 't', 'h'):
            starts[1] = d + 3;  /* st|nd|rd|th */
        }
    for (int s = 0; s < 2; s++) {
        if (starts[s] < 0)
            continue;
        const Py_ssize_t gap = spaces_end(kind, data, n, starts[s]);
        if (gap == starts[s])
            continue;
        if (month_at(kind, data, n, gap))
            return gap;
        if (gap + 2 < n && cue_letter_is(PyUnicode_READ(kind, data, gap), 'o')
            && cue_letter_is(PyUnicode_READ(kind, data, gap + 1), 'f')) {
            const Py_ssize_t after = spaces_end(kind, data, n, gap + 2);
            if (after > gap + 2 && month_at(kind, data, n, after))
                return after;
        }
    }
    return -1;
}

/* ---- 25a: NL317's caption stretches, a one-byte text read eight bytes at a time ---- */

/* The spaces among the eight bytes at chars, or -1 where one of them ends a caption stretch (captions._STOPS: '.',
 * '!', '?' and a line feed; its '…' is no byte of a one-byte str). */
static inline int
caption_spaces_in_eight(const Py_UCS1 *chars)
{
    uint64_t x;
    memcpy(&x, chars, 8);
    const uint64_t ones = ~(uint64_t)0 / 255;
    if (bytes_equal(x, ones * '.') | bytes_equal(x, ones * '!') | bytes_equal(x, ones * '?')
        | bytes_equal(x, ones * '\n'))
        return -1;
    return (int)(((bytes_equal(x, ones * ' ') >> 7) * ones) >> 56);  /* the flags' sum, in the top byte */
}

static PyMethodDef methods[] = {
    {"word_texts", word_texts, METH_O, "textutil.WORD.findall(text): the word tokens of text."},
    {"lower_words", lower_words, METH_O, "[w.lower() for w in words] (a word without capitals is itself)."},
    {"word_analysis", word_analysis, METH_VARARGS,
     "word_analysis(paragraph_texts): (paragraph_words, distinct_words, lower_words, plain, plain_counts, plain_kept, "
     "ocr_suspects), as model._python_word_analysis computes them (plain_kept: the plain words' kept indexes, for "
     "plain_word_tally)."},
    {"count_words", count_words, METH_VARARGS,
     "count_words(words, Counter): Counter(words), each string object counted before equal ones are added up (17k)."},
    {"capitalised_rows", capitalised_rows, METH_O,
     "capitalised_rows(text): where flattened._CAPITALISED_ROW matches, eight capitalised words each after a space (35f)."},
    {"number_cue_starts", number_cue_starts, METH_O,
     "number_cue_starts(text): where glue._NUMBER_CUE matches in text, a decimal digit after or before four a-z (34e)."},
    {"equal_count", equal_count, METH_VARARGS,
     "equal_count(items, text): items.count(text) for a list and a str, an exact str compared by its length, kind and "
     "code points (32c)."},
    {"lower_alpha_words", lower_alpha_words, METH_O,
     "[w for w in words if w.islower() and w.isalpha()]: the plain lower-case words."},
    {"words_not_in", words_not_in, METH_VARARGS, "words_not_in(words, first, second): the words in neither table."},
    {"plain_word_tally", (PyCFunction)(void (*)(void))plain_word_tally, METH_FASTCALL,
     "plain_word_tally(plain, counts, common, table, other, signatures, kept_indexes=None): the OCR gate's (words, missing, "
     "signed, unknown)."},
    {"unknown_words", unknown_words, METH_VARARGS,
     "unknown_words(words, shortest, longest, table, accepted): NL104's plain lower-case words of a length that "
     "neither table.get nor accepted knows."},
    {"has_case_change", has_case_change, METH_O, "NL102: a case change inside a letter run ('aA', 'AAa')."},
    {"glued_sentence_cues", glued_sentence_cues, METH_O, "NL103: its three scans' pre-checks of a segment, a bit each."},
    {"possessive_starts", (PyCFunction)(void (*)(void))possessive_starts, METH_FASTCALL,
     "possessive_starts(text, used): NL107's 'Xs word' matches whose X the article uses."},
    {"name_starts", name_starts, METH_O, "NL107: where each capitalised word starts in text."},
    {"glued_run_spans", glued_run_spans, METH_O, "NL102: (start, end) of the letter runs with a case change inside."},
    {"token_before", token_before, METH_VARARGS, "token_before(text, end): NL103's word or amount that ends at end."},
    {"glue_shapes", glue_shapes, METH_O, "NL102: which of its six glue shapes text holds, a bit each."},
    {"possessive_words", possessive_words, METH_O, "The words (a list of str) that end in 's or \u2019s."},
    {"junctions", junctions, METH_O,
     "NL103: (start, open, word, end, begin, answer) of each sentence junction not after a space."},
    {"missing_space_finding", (PyCFunction)(void (*)(void))missing_space_finding, METH_FASTCALL,
     "missing_space_finding(makers, text, offset, begin, start, end, space_at): NL103's finding (33b)."},
    {"doubled_word_candidates", doubled_word_candidates, METH_VARARGS,
     "doubled_word_candidates(lower_words, function_words): whether NL501 may report (17y)."},
    {"echo_paragraphs", echo_paragraphs, METH_O, "NL502's paragraphs that may hold an echoed name (17y)."},
    {"echo_starts", echo_starts, METH_O, "NL502's three capitalised words in a row that may echo, in one paragraph (17e)."},
    {"repeat_starts", repeat_starts, METH_VARARGS,
     "repeat_starts(words, longest): where a word is followed by itself 1 to longest words on (NL501, 17e)."},
    {"word_starts", word_starts, METH_VARARGS,
     "word_starts(text, words): where each of text's word tokens starts, found in turn as str.find finds it (17e)."},
    {"straight_quote_scan", straight_quote_scan, METH_O,
     "NL2xx: (where a paragraph of straight quotes leaves a quotation open (-1: none; -2: ask the general scan), its "
     "first ' \" ' mark (-1: none)) (17d)."},
    /* 22f */
    {"labels_in_a_row", labels_in_a_row, METH_O,
     "NL344: whether text holds nine labels in a row, as one_line._CHAIN.found answers (22f)."},
    {"caption_candidates", caption_candidates, METH_VARARGS,
     "NL317: the candidate seams of a paragraph, as captions._candidate_fields finds them (17l)."},
    {"date_cues", date_cues, METH_O,
     "NL6xx: (the spans of text where a month stands beside a number, as dates._LOOSE_MONTH_CUES finds one, and the "
     "bits of what the date rules' gates read near them and an ISO date's hint) (17p, 26e, 35b)."},
    {"caption_features", caption_features, METH_VARARGS,
     "NL317: the features that are on and the log-odds of caption candidates, as captions._on and sum give them (17r)."},
    {"caption_seams", caption_seams, METH_VARARGS,
     "NL317: the caption seams of a paragraph shorter than occurrences.LONG_TEXT, as captions.caption_seams (17x)."},
    {"lower_upper_spans", lower_upper_spans, METH_O, "NL316: the spans of [a-z][A-Z] in text, in order (17x)."},
    {"caption_scans", caption_scans, METH_VARARGS,
     "NL317: a caption candidate's scans of a short text while its bound holds, as captions._python_scans_on (17r)."},
    {"run_in_cues", run_in_cues, METH_VARARGS,
     "NL317: the cues of run_in._LONG_PARAGRAPH_CUES a text holds, a bit each, as its RE2 set answers (28c)."},
    {"caption_cue_positions", caption_cue_positions, METH_O,
     "NL317: where the photo cues of text start, in order, as captions._python_cue_positions (30c)."},
    {"last_opening", (PyCFunction)(void (*)(void))last_opening, METH_FASTCALL,
     "NL317: the space of the last opening quotation mark after a space in text[start:end], or -1 (31c)."},
    {"echoed_seams", (PyCFunction)(void (*)(void))echoed_seams, METH_FASTCALL,
     "NL317: the seams after the last words of a sentence that ends elsewhere in text, for each (words, chars) shape, as run_in._python_echoed_seams (38d, 42e)."},
    {"named_verb_starts", (PyCFunction)(void (*)(void))named_verb_starts, METH_FASTCALL,
     "NL317: the sentences of a one-line page that may open with a name and a present-tense verb, as run_in._python_named_verb_starts (42e)."},
    {"run_in_cue_starts", run_in_cue_starts, METH_VARARGS,
     "NL317: where each run-in cue of a paragraph starts, as RE2's search finds them one after another, or None (34a)."},
    {"members_among", members_among, METH_VARARGS,
     "members_among(words, members): len(members.intersection(words)) for a list and a frozenset (29d)."},
    {"is_printable", is_printable, METH_O,
     "str.isprintable(text), an ASCII str read eight bytes at a time: the concise report's messages (31e)."},
    {"joined_utf8", joined_utf8, METH_O,
     "joined_utf8(texts): '\\n'.join(texts).encode() of a list of str, as packs._python_joined_utf8; None at a lone surrogate (30e)."},
    {"inline_cues", inline_cues, METH_VARARGS,
     "NL316: the cues of inline._ARTICLE_CUES a text holds, a bit each, as its RE2 set answers (29c)."},
    {"json_record", json_record, METH_VARARGS,
     "json_record(line, fallback, scan): json.loads(line) of a record's JSON object, read here, other values by scan, other lines by fallback (32e)."},
    {"spaced_starts", spaced_starts, METH_VARARGS,
     "spaced_starts(text, words, indexes): NL502's echoes whose three words are separated by one space each (17L)."},
    {"fingerprint_key", fingerprint_key, METH_VARARGS,
     "fingerprint_key(text, record_id, start, end, context): what engine._fingerprint hashes, as _python_fingerprint_key (17F)."},
    {"holds_any", (PyCFunction)(void (*)(void))holds_any, METH_FASTCALL,
     "holds_any(text, start, needles): whether one of the needles occurs in text at start or after it, as "
     "captions._python_holds_any (30b)."},
    {"stamp_paragraphs", stamp_paragraphs, METH_VARARGS,
     "stamp_paragraphs(texts, marks, openings) -> list of int: the paragraphs NL314 reads (34d)."},
    {"flat_byline_starts", flat_byline_starts, METH_O,
     "flat_byline_starts(text) -> list of int: where stamps._FLAT_BYLINE may match in text (44a)."},
    {"ocr_confusions", ocr_confusions, METH_VARARGS,
     "ocr_confusions(word, partners, multi): the strings one OCR confusion from word, as symspell._python_confusions (18d)."},
    /* 23e */
    {"blocks_of_lines", blocks_of_lines, METH_O,
     "the runs of non-blank lines among (offset, line) pairs, each a list of the pairs (model._python_blocks)."},
    {"lines_with_offsets", lines_with_offsets, METH_O,
     "list(zip(starts, text.split('\\n'))): each line of text with its offset (model._python_lines_with_offsets)."},
    /* 21d */
    {"slotted", (PyCFunction)(void (*)(void))slotted, METH_FASTCALL,
     "slotted(cls, descriptors, *values): a new cls with each member descriptor's slot set to its value, as "
     "diagnostic._python_slotted (21d)."},
    /* 60a */
    {"line_paragraphs", (PyCFunction)(void (*)(void))line_paragraphs, METH_FASTCALL,
     "line_paragraphs(cls, descriptors, blocks): each line of blocks a paragraph made by slotted, its white space "
     "stripped (model._python_line_paragraphs)."},
    /* 21g */
    {"word_table", word_table, METH_VARARGS,
     "word_table(words, frequencies) -> dict: the word list from its packed form, as lexicon._python_word_table (21g)."},
    /* 26d */
    {"title_words_lowered", title_words_lowered, METH_VARARGS,
     "title_words_lowered(words, shortest, longest): the title-case words of that length, lowered, in order "
     "(NL104; run_together._python_title_words_lowered)."},
    /* 26c */
    {"line_shapes", line_shapes, METH_O,
     "line_shapes(texts) -> (shapes, closed): each text's furniture._shape and whether every text ends like a sentence, "
     "as furniture._python_line_shapes (26c)."},
    /* 27b */
    {"line_forms", line_forms, METH_O,
     "line_forms(texts) -> (shapes, closed, marks): line_shapes's answers and a byte of marks for each text (1 '\\n', "
     "2 a soft hyphen, 4 'By', 8 ends like a sentence, 16 '...' or '…' in a text of 320 characters or fewer, 32 '  ', "
     "64 ': '), as "
     "rules.lines._shared._python_line_forms (27b, 26c, 28b)."},
    {"furniture_lines_to_read", furniture_lines_to_read, METH_VARARGS,
     "furniture_lines_to_read(texts, text, paragraph_words, lower_words, reader) -> the indices of the texts of 320 "
     "characters or fewer that NL311 must read, all but the story's plain sentences, as "
     "rules.lines.furniture._python_lines_to_read (30a)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "newslint._speedups", "Compiled per-token loops (see newslint/native.py).", -1, methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    for (Py_UCS4 ch = 0; ch < 256; ch++)
        latin1_alnum[ch] = Py_UNICODE_ISALNUM(ch) ? 1 : 0;
    lower_name = PyUnicode_InternFromString("lower");
    get_name = PyUnicode_InternFromString("get");
    if (lower_name == NULL || get_name == NULL)
        return NULL;
    return PyModule_Create(&module);
}

/* ---- 33b: NL103's finding of a missing space, made in one call ---- */
/* missing_space_finding(makers, text, offset, begin, start, end, space_at) -> Finding
 *     What GluedSentence._report makes (twin: extraction.sentences._python_missing_space_finding, parity in
 *     tests/test_native_junction_finding.py), where makers is (new_finding, new_fix, new_edit, quote, code, name,
 *     severity): rule.py's Finding, Fix and Edit made from every field (diagnostic.slot_constructor), rule.quote, and
 *     the rule's code, name and severity. The finding spans text[begin:end] moved by offset, its message "missing
 *     space in " and that text quoted (quote called only where it is longer than 60 characters or holds a line
 *     break), its fix a space inserted at space_at moved by offset, safe where text[start:end] holds no straight
 *     quote. 0 <= begin <= start <= end <= len(text). About 3 k instructions where the Python made it in 11 k. */
static PyObject *missing_space_strings[3];  /* " ", "insert a space", "missing space in '" */

static PyObject *
missing_space_message(PyObject *quote, PyObject *glued)  /* "missing space in " + quote(glued) */
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(glued);
    PyObject *prefix = missing_space_strings[2];
    Py_ssize_t prefix_length = PyUnicode_GET_LENGTH(prefix);
    if (length > 60 || PyUnicode_FindChar(glued, '\n', 0, length, 1) != -1) {
        PyObject *quoted = PyObject_CallOneArg(quote, glued);
        if (quoted == NULL)
            return NULL;
        PyObject *bare = PyUnicode_Substring(prefix, 0, prefix_length - 1);  /* without its quote mark */
        PyObject *message = bare == NULL ? NULL : PyUnicode_Concat(bare, quoted);
        Py_XDECREF(bare);
        Py_DECREF(quoted);
        return message;
    }
    PyObject *message = PyUnicode_New(prefix_length + length + 1, PyUnicode_MAX_CHAR_VALUE(glued));
    if (message == NULL)
        return NULL;
    if (PyUnicode_CopyCharacters(message, 0, prefix, 0, prefix_length) < 0
            || PyUnicode_CopyCharacters(message, prefix_length, glued, 0, length) < 0
            || PyUnicode_WriteChar(message, prefix_length + length, '\'') < 0) {
        Py_DECREF(message);
        return NULL;
    }
    return message;
}

static PyObject *
missing_space_finding(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t at[5];  /* offset, begin, start, end, space_at */
    if (nargs != 7 || !PyTuple_CheckExact(args[0]) || PyTuple_GET_SIZE(args[0]) != 7 || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError,
                        "missing_space_finding(makers, text, offset, begin, start, end, space_at): makers a 7-tuple");
        return NULL;
    }
    for (int i = 0; i < 5; i++)
        if ((at[i] = PyLong_AsSsize_t(args[i + 2])) == -1 && PyErr_Occurred())
            return NULL;
    PyObject *makers = args[0], *text = args[1];
    Py_ssize_t offset = at[0], begin = at[1], start = at[2], end = at[3], space_at = at[4];
    if (!(0 <= begin && begin <= start && start <= end && end <= PyUnicode_GET_LENGTH(text))) {
        PyErr_SetString(PyExc_ValueError, "missing_space_finding: 0 <= begin <= start <= end <= len(text)");
        return NULL;
    }
    static const char *const missing_space_texts[3] = {" ", "insert a space", "missing space in '"};
    for (int i = 0; i < 3; i++)  /* (each made once; one that failed is tried again at the next call) */
        if (missing_space_strings[i] == NULL
                && (missing_space_strings[i] = PyUnicode_InternFromString(missing_space_texts[i])) == NULL)
            return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int safe = 1;
    for (Py_ssize_t i = start; i < end && safe; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        safe = ch != '"' && ch != '\'';
    }
    PyObject *glued = PyUnicode_Substring(text, begin, end);
    PyObject *message = glued == NULL ? NULL : missing_space_message(PyTuple_GET_ITEM(makers, 3), glued);
    Py_XDECREF(glued);
    PyObject *space = PyLong_FromSsize_t(offset + space_at);
    PyObject *first = PyLong_FromSsize_t(offset + begin), *last = PyLong_FromSsize_t(offset + end);
    PyObject *edit = NULL, *edits = NULL, *fix = NULL, *finding = NULL;
    if (message == NULL || space == NULL || first == NULL || last == NULL)
        goto done;
    PyObject *edit_args[3] = {space, space, missing_space_strings[0]};
    if ((edit = PyObject_Vectorcall(PyTuple_GET_ITEM(makers, 2), edit_args, 3, NULL)) == NULL
            || (edits = PyTuple_Pack(1, edit)) == NULL)
        goto done;
    PyObject *fix_args[3] = {edits, safe ? Py_True : Py_False, missing_space_strings[1]};
    if ((fix = PyObject_Vectorcall(PyTuple_GET_ITEM(makers, 1), fix_args, 3, NULL)) == NULL)
        goto done;
    PyObject *finding_args[8] = {PyTuple_GET_ITEM(makers, 4), PyTuple_GET_ITEM(makers, 5), PyTuple_GET_ITEM(makers, 6),
                                 first, last, message, fix, Py_None};
    finding = PyObject_Vectorcall(PyTuple_GET_ITEM(makers, 0), finding_args, 8, NULL);
done:
    Py_XDECREF(message);
    Py_XDECREF(space);
    Py_XDECREF(first);
    Py_XDECREF(last);
    Py_XDECREF(edit);
    Py_XDECREF(edits);
    Py_XDECREF(fix);
    return finding;
}

/* ---- 17w: extraction rules ---- */
/* The per-character scans of the extraction rules (newslint/rules/extraction/, NL102, NL103, NL107), each with
 * its pure-Python twin there (tests/test_native_extraction.py compares them):
 *
 * has_case_change(text) -> bool
 *     Whether text holds an ASCII case change: [a-z][A-Z] or [A-Z][A-Z][a-z] (NL102's segments worth a look).
 * glued_sentence_cues(text) -> int
 *     NL103's pre-checks of one segment, a bit each, exactly its RE2 cues: 1 extraction._JUNCTION_CUES (a closing run
 *     after a character that is no ASCII white space, before a capital), 2 _SPACED_GLUE_CUES (a stop or dash after a
 *     space glued to a word), 4 _QUOTE_THEN_WORD_CUES (a closing quote after a non-space glued to a small word);
 *     8 a stop after three letters and before a decimal digit (a superset of extraction._STOP_BEFORE_NUMBER's
 *     matches: Python's [^\W\d_]{3}[.!?]\d).
 * junctions(text) -> list[tuple[int, int, int, int, int, int]]
 *     extraction._JUNCTION's matches as finditer finds them, (start, start of the opening mark, start of the word,
 *     end, start of the token before it, answer) each, but those that start the text or follow white space
 *     (str.isspace); the answer: where NL103's space is missing, or JUNCTION_ASK, JUNCTION_IF_KNOWN (32b).
 * possessive_starts(text, used) -> list[int]
 *     Where extraction._POSSESSIVE matches in text ("Xs word") and the article uses X, X's or X’s (used: a
 *     container of the article's words).
 * name_starts(text) -> dict[str, list[int]]
 *     extraction._NAME_RUN's matches (maximal runs of letters and digits that start with a character that is no
 *     digit and no a-z), each text with where it starts, in order.
 * glued_run_spans(text) -> list[tuple[int, int]]
 *     (start, end) of the letter runs that hold a case change (extraction._INNER_CAPITAL), except in handles, paths,
 *     domains and codes (a run after a digit, or before one where it ends in a capital: 'iOS14'), as
 *     extraction._python_glued_run_spans finds them.
 * token_before(text, end) -> str
 *     The word or amount that ends at end (extraction._python_token_before: 'jack', "Smith's", '2019', '£35').
 * glue_shapes(text) -> int
 *     Which of extraction._GLUE_SHAPES text holds (ASCII classes), bit i for the i-th: a case change, an amount
 *     before a capital, a letter before a digit, seven capitals, an '@', a number glued to a lower-case word, a word
 *     glued to an opening quote ([a-z]{2}["“][A-Z], found in the same pass since 34e: quote_after_word scanned the
 *     text again).
 * possessive_words(words) -> list[str]
 *     The words (a list of str) that end in "'s" or "’s", in order (extraction._count_words' possessives).
 */

#define EXTRACTION_READ(i) PyUnicode_READ(kind, data, (i))

static inline int
extraction_alnum(Py_UCS4 ch)  /* [^\W_] of Python's re */
{
    return ch < 128 ? (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
                    : Py_UNICODE_ISALNUM(ch);
}

static inline int
extraction_letter(Py_UCS4 ch)  /* [^\W\d_] of Python's re */
{
    return ch < 128 ? (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
                    : Py_UNICODE_ISALNUM(ch) && !Py_UNICODE_ISDECIMAL(ch);
}

static inline int
extraction_lower(Py_UCS4 ch)
{
    return ch >= 'a' && ch <= 'z';
}

static inline int
extraction_upper(Py_UCS4 ch)
{
    return ch >= 'A' && ch <= 'Z';
}

static inline int
extraction_digit(Py_UCS4 ch)
{
    return ch >= '0' && ch <= '9';
}

#ifndef Py_ALWAYS_INLINE
#define Py_ALWAYS_INLINE
#endif

#ifndef Py_ALWAYS_INLINE
#define Py_ALWAYS_INLINE
#endif

/* The first byte of chars[i:n] that byte_test takes, or n: eight bytes at a time, word_test giving bit 7 of each byte it
 * takes (no byte's sum or difference carrying into another), the first found by counting trailing zeros, from any
 * offset (30d: the one-byte scans of this block went on a character at a time after a stop up to the next multiple
 * of eight). Inlined with its tests as constants. */
static Py_ALWAYS_INLINE inline Py_ssize_t
extraction_next_byte(const Py_UCS1 *chars, Py_ssize_t i, const Py_ssize_t n, uint64_t (*word_test)(uint64_t),
                     int (*byte_test)(Py_UCS4))
{
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_ctzll) */
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, chars + i, 8);
        const uint64_t found = word_test(x);
        if (found)
            return i + (__builtin_ctzll(found) >> 3);
    }
#endif
    while (i < n && !byte_test(chars[i]))
        i++;
    return i;
}

/* Bit 7 of each of the 8 bytes of x that is a capital A-Z (has_byte_between's test, a bit a byte) */
static inline uint64_t
extraction_capital_bytes(uint64_t x)
{
    const uint64_t ones = ~(uint64_t)0 / 255, x7 = x & (ones * 127);
    return (ones * (127 + 'Z' + 1) - x7) & (x7 + ones * (127 - 'A' + 1)) & ~x & (ones * 128);
}

/* The first capital A-Z of chars[i:n], or n */
static inline Py_ssize_t
extraction_next_capital(const Py_UCS1 *chars, Py_ssize_t i, const Py_ssize_t n)
{
    return extraction_next_byte(chars, i, n, extraction_capital_bytes, extraction_upper);
}

/* Whether the n characters of data (a str's, of that kind) hold [a-z][A-Z] or [A-Z][A-Z][a-z], judged at each capital
 * A-Z. Inlined with each kind as a constant (EXTRACTION_BY_KIND): a loop of its own per kind, without a switch per
 * character. A one-byte str is passed over to its next capital eight bytes at a time (20b, 30d). */
static Py_ALWAYS_INLINE inline int
extraction_case_scan(const int kind, const void *data, const Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (kind == PyUnicode_1BYTE_KIND && (i = extraction_next_capital((const Py_UCS1 *)data, i, n)) >= n)
            break;
        if (extraction_upper(EXTRACTION_READ(i))
            && ((i > 0 && extraction_lower(EXTRACTION_READ(i - 1)))
                || (i + 2 < n && extraction_upper(EXTRACTION_READ(i + 1)) && extraction_lower(EXTRACTION_READ(i + 2)))))
            return 1;
    }
    return 0;
}

/* scan(kind, data, n) of the str text, with its kind a constant in each call (one inlined loop per kind) */
#define EXTRACTION_BY_KIND(scan, text)                                                                             \
    (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND                                                                   \
         ? scan(PyUnicode_1BYTE_KIND, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text))                             \
     : PyUnicode_KIND(text) == PyUnicode_2BYTE_KIND                                                                 \
         ? scan(PyUnicode_2BYTE_KIND, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text))                             \
         : scan(PyUnicode_4BYTE_KIND, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)))

/* scan(kind, data, n, extra) of the str text, as EXTRACTION_BY_KIND */
#define EXTRACTION_BY_KIND_WITH(scan, text, extra)                                                                 \
    (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND                                                                   \
         ? scan(PyUnicode_1BYTE_KIND, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), (extra))                    \
     : PyUnicode_KIND(text) == PyUnicode_2BYTE_KIND                                                                 \
         ? scan(PyUnicode_2BYTE_KIND, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), (extra))                    \
         : scan(PyUnicode_4BYTE_KIND, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), (extra)))

static PyObject *
has_case_change(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "has_case_change")
    return PyBool_FromLong(EXTRACTION_BY_KIND(extraction_case_scan, text));
}

static inline int
extraction_closing(Py_UCS4 ch)  /* [.!?…"”’')\]:;] */
{
    return ch == '.' || ch == '!' || ch == '?' || ch == 0x2026 || ch == '"' || ch == 0x201D || ch == 0x2019
        || ch == '\'' || ch == ')' || ch == ']' || ch == ':' || ch == ';';
}

static inline int
extraction_opening(Py_UCS4 ch)  /* ["“‘(\[] */
{
    return ch == '"' || ch == 0x201C || ch == 0x2018 || ch == '(' || ch == '[';
}

static inline int
extraction_re2_space(Py_UCS4 ch)  /* \s of RE2: ASCII white space but \v */
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
}

static inline int
extraction_dash(Py_UCS4 ch)  /* [-–—] */
{
    return ch == '-' || ch == 0x2013 || ch == 0x2014;
}

static inline int
extraction_decimal(Py_UCS4 ch)  /* \d of Python's re */
{
    return ch < 128 ? extraction_digit(ch) : Py_UNICODE_ISDECIMAL(ch);
}

/* the small words of extraction._QUOTE_THEN_WORD */
static const char *const extraction_small_words[] = {
    "of", "and", "the", "to", "in", "for", "on", "at", "with", "is", "was", "by", "from", "as", "that", "or", "but",
    "are", "were", "has", "have", "had", "will", "would", "which", "who", "when", "after", "than", "into", NULL,
};

/* Whether text[at:] starts with one of extraction_small_words. */
static int
extraction_small_word_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    for (const char *const *word = extraction_small_words; *word != NULL; word++) {
        Py_ssize_t k = 0;
        while ((*word)[k] != '\0' && at + k < n && EXTRACTION_READ(at + k) == (Py_UCS4)(unsigned char)(*word)[k])
            k++;
        if ((*word)[k] == '\0')
            return 1;
    }
    return 0;
}

/* Whether the byte b may be a mark NL103's scans start from (20b): one of ! " ' ) - . : ; ? ] (the ASCII ones of
 * extraction_closing and extraction_dash; the others, … ” ’ – —, are beyond a one-byte str), tested as any byte from
 * 0x21 to 0x3f (digits and other signs too) or ']' */
static inline int
extraction_mark_byte(Py_UCS4 b)
{
    return (b > 0x20 && b < 0x40) || b == ']';
}

/* Bit 7 of each of the 8 bytes of x that may be a mark (extraction_mark_byte; as has_byte_between tests a range) */
static inline uint64_t
extraction_mark_bytes(uint64_t x)
{
    const uint64_t ones = ~(uint64_t)0 / 255, x7 = x & (ones * 127);
    return (((ones * (127 + 0x40) - x7) & (x7 + ones * (127 - 0x20)))
            | ((ones * (127 + ']' + 1) - x7) & (x7 + ones * (127 - ']' + 1)))) & ~x & (ones * 128);
}

/* The first byte of chars[i:n] that may be a mark, or n */
static inline Py_ssize_t
extraction_next_mark(const Py_UCS1 *chars, Py_ssize_t i, const Py_ssize_t n)
{
    return extraction_next_byte(chars, i, n, extraction_mark_bytes, extraction_mark_byte);
}

/* glued_sentence_cues of the n characters of data (a str's, of that kind; inlined per kind as extraction_case_scan).
 * Every bit is set at a mark (extraction_mark_byte): a one-byte str is passed over to the next byte that may be one
 * (extraction_next_mark: 20b, 30d). */
static Py_ALWAYS_INLINE inline long
extraction_cue_scan(const int kind, const void *data, const Py_ssize_t n)
{
    long bits = 0;
    Py_ssize_t run_end = 0;  /* the end of the last run of closing marks tried for bit 1: one starting inside it ends
                              * there too, so it fails as that one did (a line of quotes is not scanned once per mark) */
    for (Py_ssize_t i = 1; i < n && bits != 15; i++) {
        if (kind == PyUnicode_1BYTE_KIND && (i = extraction_next_mark((const Py_UCS1 *)data, i, n)) >= n)
            break;
        const Py_UCS4 ch = EXTRACTION_READ(i);
        if (!(bits & 8) && (ch == '.' || ch == '!' || ch == '?') && i >= 3 && i + 1 < n
            && extraction_letter(EXTRACTION_READ(i - 1)) && extraction_letter(EXTRACTION_READ(i - 2))
            && extraction_letter(EXTRACTION_READ(i - 3)) && extraction_decimal(EXTRACTION_READ(i + 1)))
            bits |= 8;
        if (!(bits & 1) && extraction_closing(ch) && i >= run_end && !extraction_re2_space(EXTRACTION_READ(i - 1))) {
            Py_ssize_t j = i + 1;  /* the longest run, then an opening mark or not: as the regex finds it */
            while (j < n && extraction_closing(EXTRACTION_READ(j)))
                j++;
            run_end = j;
            if (j < n && (extraction_upper(EXTRACTION_READ(j))
                          || (extraction_opening(EXTRACTION_READ(j)) && j + 1 < n && extraction_upper(EXTRACTION_READ(j + 1)))))
                bits |= 1;
        }
        if (!(bits & 2) && EXTRACTION_READ(i - 1) == ' ') {
            Py_ssize_t j = i;
            if (ch == '.' || ch == '!' || ch == '?')
                j = i + 1;
            else if (extraction_dash(ch))
                j = i + 1 < n && extraction_dash(EXTRACTION_READ(i + 1)) ? i + 2 : i + 1;
            if (j > i && j < n) {
                const Py_UCS4 word = EXTRACTION_READ(j);
                const int starts = extraction_upper(word) || word == '"' || word == 0x201C;
                if (starts)
                    bits |= 2;
            }
        }
        if (!(bits & 4) && (ch == 0x2019 || ch == 0x201D || ch == '"') && !extraction_re2_space(EXTRACTION_READ(i - 1))
            && extraction_small_word_at(kind, data, n, i + 1))
            bits |= 4;
    }
    return bits;
}

static PyObject *
glued_sentence_cues(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "glued_sentence_cues")
    return PyLong_FromLong(EXTRACTION_BY_KIND(extraction_cue_scan, text));
}

static PyObject *extraction_endings[2];  /* "'s" and "’s", made on first use */

/* p moved on to the first capital A-Z at or after it in data (chars of type T), or to n (17B) */
/* Bit 7 of each of the 8 bytes of x that is not a-z (extraction_capital_bytes's test, the other way: 35b) */
static inline uint64_t
extraction_not_lower_bytes(uint64_t x)
{
    const uint64_t ones = ~(uint64_t)0 / 255, x7 = x & (ones * 127);
    return ~((ones * (127 + 'z' + 1) - x7) & (x7 + ones * (127 - 'a' + 1)) & ~x) & (ones * 128);
}

static inline int
extraction_not_lower(Py_UCS4 ch)
{
    return !extraction_lower(ch);
}

/* Whether one of the four UCS-2 characters at chars is a capital A-Z (extraction_capital_bytes's test in 16-bit lanes: 35b,
 * where possessive_starts read a two-byte text a character at a time) */
static inline int
has_ucs2_capital(const Py_UCS2 *chars)
{
    uint64_t x;
    memcpy(&x, chars, 8);
    const uint64_t ones = ~(uint64_t)0 / 0xffff, x15 = x & (ones * 0x7fff);
    return ((ones * (0x7fff + 'Z' + 1) - x15) & (x15 + ones * (0x7fff - 'A' + 1)) & ~x & (ones * 0x8000)) != 0;
}

#define SKIP_TO_CAPITAL(T)                                                                                         \
    do {                                                                                                           \
        const T *chars = data;                                                                                     \
        while (p < n && (Py_UCS4)chars[p] - 'A' >= 26u)                                                            \
            p++;                                                                                                   \
    } while (0)

/* Whether used holds text[start:end], or it with "'s" or "’s" appended, asked with new strs by PySequence_Contains;
 * -1 on an error. */
static int
possessive_stem_contained(PyObject *used, PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *stem = PyUnicode_Substring(text, start, end);
    if (stem == NULL)
        return -1;
    int found = PySequence_Contains(used, stem);
    for (int k = 0; found == 0 && k < 2; k++) {
        PyObject *possessive = PyUnicode_Concat(stem, extraction_endings[k]);
        if (possessive == NULL) {
            found = -1;
            break;
        }
        found = PySequence_Contains(used, possessive);
        Py_DECREF(possessive);
    }
    Py_DECREF(stem);
    return found;
}

static PyObject *
possessive_starts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)  /* METH_FASTCALL: no tuple to parse (35b) */
{
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "possessive_starts(text, used) expects a str and a container");
        return NULL;
    }
    PyObject *text = args[0], *used = args[1];
    if (extraction_endings[0] == NULL) {
        extraction_endings[0] = PyUnicode_FromString("'s");
        extraction_endings[1] = PyUnicode_FromString("\xe2\x80\x99s");  /* UTF-8 */
        if (extraction_endings[0] == NULL || extraction_endings[1] == NULL) {
            Py_CLEAR(extraction_endings[0]);
            Py_CLEAR(extraction_endings[1]);
            return NULL;
        }
    }
    STR_CHARS(text);
    PyObject *starts = PyList_New(0);
    if (starts == NULL)
        return NULL;
    Py_ssize_t p = 0;
    while (p < n) {
        /* to the next capital A-Z, in a loop per kind of str (one read per character, not a switch on the kind; a
         * one-byte str eight bytes at a time to the capital itself, a two-byte one four characters at a time: 35b) */
        switch (kind) {
        case PyUnicode_1BYTE_KIND:
            p = extraction_next_capital(data, p, n);  /* to the capital itself (35b) */
            break;
        case PyUnicode_2BYTE_KIND:
            while (p + 4 <= n && !has_ucs2_capital((const Py_UCS2 *)data + p))
                p += 4;
            SKIP_TO_CAPITAL(Py_UCS2);
            break;
        default: SKIP_TO_CAPITAL(Py_UCS4); break;
        }
        if (p == n)
            break;
        const Py_UCS4 before = p ? EXTRACTION_READ(p - 1) : ' ';
        Py_ssize_t q = p + 1;
        if (kind == PyUnicode_1BYTE_KIND)  /* to the end of the word's a-z, eight bytes at a time (35b) */
            q = extraction_next_byte(data, q, n, extraction_not_lower_bytes, extraction_not_lower);
        else
            while (q < n && extraction_lower(EXTRACTION_READ(q)))
                q++;
        const Py_ssize_t at = p;
        p = q;  /* the next capital is at q or later */
        if (extraction_alnum(before) || before == '_' || before == '\'' || before == 0x2019 || before == '.'
            || before == '-' || q - at < 4 || EXTRACTION_READ(q - 1) != 's')
            continue;
        Py_ssize_t r = q;
        while (r < n && (EXTRACTION_READ(r) == ' ' || EXTRACTION_READ(r) == '\t'))
            r++;
        if (r == q || r == n || !extraction_letter(EXTRACTION_READ(r)))
            continue;
        /* the stem, then the stem with an apostrophe and an s, asked from their characters (26d) */
        int found = possessive_stem_used(used, kind, data, at, q - 1);
        if (found == -1) {  /* not told that way: asked of the container with new strs */
            found = possessive_stem_contained(used, text, at, q - 1);
            if (found < 0)
                goto error;
        }
        if (found) {
            if (append_new(starts, PyLong_FromSsize_t(at)) < 0)
                goto error;
        }
    }
    return starts;
error:
    Py_DECREF(starts);
    return NULL;
}

static PyObject *
name_starts(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "name_starts")
    STR_CHARS(text);
    PyObject *starts = PyDict_New();
    if (starts == NULL)
        return NULL;
    Py_ssize_t i = 0;
    while (i < n) {
        const Py_UCS4 ch = EXTRACTION_READ(i);
        if (!extraction_alnum(ch)) {
            i++;
            continue;
        }
        const Py_ssize_t start = i++;
        while (i < n && extraction_alnum(EXTRACTION_READ(i)))
            i++;
        if (extraction_lower(ch) || (ch < 128 ? extraction_digit(ch) : Py_UNICODE_ISDECIMAL(ch)))
            continue;  /* a run is taken whole: one that starts with a digit or a-z holds no name start */
        PyObject *word = PyUnicode_Substring(text, start, i);
        PyObject *at = PyLong_FromSsize_t(start);
        PyObject *places = word == NULL ? NULL : PyDict_GetItemWithError(starts, word);  /* borrowed */
        int failed = word == NULL || at == NULL || (places == NULL && PyErr_Occurred());
        if (!failed && places == NULL) {
            places = PyList_New(0);
            failed = places == NULL || PyDict_SetItem(starts, word, places) < 0;
            Py_XDECREF(places);  /* the dict holds it */
        }
        failed = failed || PyList_Append(places, at) < 0;
        Py_XDECREF(word);
        Py_XDECREF(at);
        if (failed) {
            Py_DECREF(starts);
            return NULL;
        }
    }
    return starts;
}

static PyObject *
glued_run_spans(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "glued_run_spans")
    STR_CHARS(text);
    PyObject *spans = PyList_New(0);
    if (spans == NULL)
        return NULL;
    Py_ssize_t last = -1;  /* where the last run ended: case changes inside it are passed over */
    for (Py_ssize_t p = 0; p < n; p++) {
        /* to the next capital A-Z, eight bytes at a time (20b, 30d) */
        if (kind == PyUnicode_1BYTE_KIND && (p = extraction_next_capital((const Py_UCS1 *)data, p, n)) >= n)
            break;
        if (p < last || !extraction_upper(EXTRACTION_READ(p)))
            continue;
        const int inner = (p > 0 && extraction_lower(EXTRACTION_READ(p - 1)))
            || (p + 2 < n && extraction_upper(EXTRACTION_READ(p + 1)) && extraction_lower(EXTRACTION_READ(p + 2)));
        if (!inner)
            continue;
        Py_ssize_t start = p;
        while (start > 0 && Py_UNICODE_ISALPHA(EXTRACTION_READ(start - 1)))
            start--;
        last = start;
        while (last < n && extraction_letter(EXTRACTION_READ(last)))
            last++;
        const Py_UCS4 before = start ? EXTRACTION_READ(start - 1) : ' ';
        if (before == '@' || before == '#' || before == '/' || before == '.' || before == '\\' || before == '_'
            || Py_UNICODE_ISDIGIT(before))
            continue;  /* a handle, tag, path, domain or code */
        const Py_UCS4 after = last < n ? EXTRACTION_READ(last) : ' ';  /* a run may end the text: 'MayFinal' (14b) */
        if (after == '@' || after == '/' || after == '_'
            || (Py_UNICODE_ISDIGIT(after) && !Py_UNICODE_ISLOWER(EXTRACTION_READ(last - 1)))  /* a code: 'iOS14' */
            || (after == '.' && last + 1 < n && Py_UNICODE_ISLOWER(EXTRACTION_READ(last + 1))))
            continue;
        if (append_new(spans, Py_BuildValue("(nn)", start, last)) < 0) {
            Py_DECREF(spans);
            return NULL;
        }
    }
    return spans;
}

static inline int
extraction_trimmed(Py_UCS4 ch)  /* what extraction._token_before strips from a token's start */
{
    return ch == '.' || ch == ',' || ch == '\'' || ch == 0x2019 || ch == '-';
}

/* a character of extraction._token_before's token: a letter or digit, what it trims, '%', '$', '£' or '€' */
static Py_ALWAYS_INLINE inline int
extraction_token_char(const Py_UCS4 ch)
{
    return extraction_alnum(ch) || extraction_trimmed(ch) || ch == '%' || ch == '$' || ch == 0xA3 || ch == 0x20AC;
}

/* where extraction._token_before's token that ends at end starts */
static Py_ALWAYS_INLINE inline Py_ssize_t
extraction_token_start(const int kind, const void *data, const Py_ssize_t end)
{
    Py_ssize_t start = end;
    while (start > 0 && extraction_token_char(EXTRACTION_READ(start - 1)))
        start--;
    while (start < end && extraction_trimmed(EXTRACTION_READ(start)))
        start++;
    return start;
}

/* What a scan of junctions keeps of the last token it found back from a junction: where that token ended, where
 * the back-scan from there stopped, and the first place at or after that stop whose character is not trimmed (or
 * the end, where every one up to it is) */
typedef struct {
    Py_ssize_t end, start, first;
} TokenKept;

/* extraction_token_start for the junctions of one scan, in order: a back-scan that reaches the last junction's end
 * stops where that one's stopped, and the trimmed characters after it are read once, so that a run of junctions with
 * no space between them ('x.Yx.Yx.Y…', one token) costs its length once, not once per junction (32b's scan read the
 * whole run back from each of them: quadratic) */
static Py_ALWAYS_INLINE inline Py_ssize_t
extraction_token_start_kept(const int kind, const void *data, const Py_ssize_t end, TokenKept *kept)
{
    Py_ssize_t start = end, first;
    for (;;) {
        if (start == kept->end) {
            start = kept->start;
            first = kept->first;
            break;
        }
        if (start == 0 || !extraction_token_char(EXTRACTION_READ(start - 1))) {
            first = start;
            break;
        }
        start--;
    }
    while (first < end && extraction_trimmed(EXTRACTION_READ(first)))
        first++;
    kept->end = end;
    kept->start = start;
    kept->first = first;
    return first;
}

static PyObject *
token_before(PyObject *module, PyObject *args)
{
    PyObject *text;
    Py_ssize_t end;
    if (!PyArg_ParseTuple(args, "Un:token_before", &text, &end))
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (end < 0 || end > PyUnicode_GET_LENGTH(text)) {
        PyErr_SetString(PyExc_ValueError, "token_before(): end is outside the text");
        return NULL;
    }
    return PyUnicode_Substring(text, extraction_token_start(kind, data, end), end);
}


/* The number of characters of class test (a-z or 0-9) in a row that end just before at. */
#define EXTRACTION_RUN_BEFORE(test, at, count)                                                                     \
    do {                                                                                                           \
        (count) = 0;                                                                                               \
        while ((at) - (count) > 0 && test(EXTRACTION_READ((at) - (count) - 1)))                                    \
            (count)++;                                                                                             \
    } while (0)

/* Whether the characters text[at:at + count] are all of class test (and inside the text). */
static Py_ALWAYS_INLINE inline int
extraction_all(const int kind, const void *data, const Py_ssize_t n, Py_ssize_t at, Py_ssize_t count,
               int (*test)(Py_UCS4))
{
    if (at + count > n)
        return 0;
    for (Py_ssize_t k = at; k < at + count; k++)
        if (!test(EXTRACTION_READ(k)))
            return 0;
    return 1;
}

/* Whether the separator (',' or '.') at text[at] makes the last of _GLUE_SHAPES: '[a-z]{4}[0-9]{1,3},[0-9]{3}',
 * '[0-9],[0-9]{3}[a-z]{4}' or '[a-z]{4}[0-9]+\.[0-9]+[a-z]' (its fourth form, '[0-9][a-z]{4}', is found at the
 * digit). */
static Py_ALWAYS_INLINE inline int
extraction_glued_number_at(const int kind, const void *data, const Py_ssize_t n, Py_ssize_t at)
{
    Py_ssize_t digits, letters;
    EXTRACTION_RUN_BEFORE(extraction_digit, at, digits);
    if (digits == 0)
        return 0;
    EXTRACTION_RUN_BEFORE(extraction_lower, at - digits, letters);
    if (EXTRACTION_READ(at) == ',') {
        if (!extraction_all(kind, data, n, at + 1, 3, extraction_digit))
            return 0;
        return (digits <= 3 && letters >= 4) || extraction_all(kind, data, n, at + 4, 4, extraction_lower);
    }
    Py_ssize_t after = at + 1;
    while (after < n && extraction_digit(EXTRACTION_READ(after)))
        after++;
    return letters >= 4 && after > at + 1 && after < n && extraction_lower(EXTRACTION_READ(after));
}

/* Bit 7 of each of the 8 bytes of x that is '0' to 'Z': the digits, '@' and the capitals, where glue_shapes looks
 * (30d), and the few marks between them (':' to '?'). Each byte's test in one word (a byte of 0x80 or more is none,
 * its other bits tested as those of the byte less 0x80, which carry into no other byte: every bit is exact, 35f). */
static inline uint64_t
extraction_shape_bytes(uint64_t x)
{
    const uint64_t ones = ~(uint64_t)0 / 255, x7 = x & (ones * 127);
    return (x7 + ones * (128 - '0')) & ~(x7 + ones * (128 - 'Z' - 1)) & ~x & (ones * 128);
}

/* What glue_shapes reads at text[i], a character from '0' to 'Z': its shapes' bits added to *bits, and the capitals in
 * a row up to it in *capitals (every capital is read, in order). A capital after a space, most of them, holds no
 * shape: it starts a row of capitals, no more (35f). */
static Py_ALWAYS_INLINE inline void
extraction_glue_at(const int kind, const void *data, const Py_ssize_t n, const Py_ssize_t i, long *bits,
                   Py_ssize_t *capitals)
{
    const Py_UCS4 ch = EXTRACTION_READ(i);
    const Py_UCS4 before = i > 0 ? EXTRACTION_READ(i - 1) : 0;
    if (extraction_upper(ch)) {
        if (before == ' ') {
            *capitals = 1;
            return;
        }
        /* [a-z][A-Z] or [A-Z][A-Z][a-z] */
        if (extraction_lower(before) || (extraction_upper(before) && i + 1 < n && extraction_lower(EXTRACTION_READ(i + 1))))
            *bits |= 1;
        /* [0-9][a-z]{0,2}[A-Z] or %[A-Z] */
        if (extraction_digit(before) || before == '%'
            || (extraction_lower(before) && i >= 2
                && (extraction_digit(EXTRACTION_READ(i - 2))
                    || (extraction_lower(EXTRACTION_READ(i - 2)) && i >= 3 && extraction_digit(EXTRACTION_READ(i - 3))))))
            *bits |= 2;
        *capitals = extraction_upper(before) ? *capitals + 1 : 1;
        if (*capitals >= 7)
            *bits |= 8;
        /* [a-z]{2}["“][A-Z] (34e) */
        if ((before == '"' || before == 0x201C) && i >= 3 && extraction_lower(EXTRACTION_READ(i - 2))
            && extraction_lower(EXTRACTION_READ(i - 3)))
            *bits |= 64;
    }
    else if (extraction_digit(ch)) {
        if (extraction_lower(before) || extraction_upper(before))
            *bits |= 4;
        /* the last shape: '[0-9][a-z]{4}' at the digit, its other forms at a ',' or '.' after a digit */
        if (!(*bits & 32)
            && (extraction_all(kind, data, n, i + 1, 4, extraction_lower)
                || (i + 1 < n && (EXTRACTION_READ(i + 1) == ',' || EXTRACTION_READ(i + 1) == '.')
                    && extraction_glued_number_at(kind, data, n, i + 1))))
            *bits |= 32;
    }
    else if (ch == '@')
        *bits |= 16;
}

/* glue_shapes of the n characters of data (a str's, of that kind; inlined per kind). Every shape holds a capital
 * after a letter, a digit, '%' or an opening quote (a case change, an amount before a capital, seven capitals, a word
 * glued to a quote), a digit (a letter before a digit, a number glued to a word: each of its forms has a digit before
 * its ',' or '.') or an '@': each is judged at its capital, digit or '@' from the characters around it
 * (extraction_glue_at), and a one-byte text is read eight bytes at a time, each byte from '0' to 'Z' among them judged
 * in turn from the word's mask (the loop of 20b and 25e stopped at every byte that is no a-z and no space, and read
 * back over the letters before it, 30d; 30d's went on from each such byte with a load of the eight after it, 35f). */
static Py_ALWAYS_INLINE inline long
extraction_glue_scan(const int kind, const void *data, const Py_ssize_t n)
{
    long bits = 0;
    Py_ssize_t capitals = 0;  /* A-Z in a row up to the last capital read */
    Py_ssize_t i = 0;
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_ctzll) */
    if (kind == PyUnicode_1BYTE_KIND)
        for (; i + 8 <= n && bits != 127; i += 8) {
            uint64_t x;
            memcpy(&x, (const Py_UCS1 *)data + i, 8);
            for (uint64_t stops = extraction_shape_bytes(x); stops; stops &= stops - 1)
                extraction_glue_at(kind, data, n, i + (__builtin_ctzll(stops) >> 3), &bits, &capitals);
        }
#endif
    for (; i < n && bits != 127; i++)
        if (EXTRACTION_READ(i) >= '0' && EXTRACTION_READ(i) <= 'Z')
            extraction_glue_at(kind, data, n, i, &bits, &capitals);
    return bits;
}

static PyObject *
glue_shapes(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "glue_shapes")
    return PyLong_FromLong(EXTRACTION_BY_KIND(extraction_glue_scan, text));
}

/* 1 when the str word ends in 's or ’s (filter_words' keep) */
static int
extraction_keep_possessive(PyObject *word, PyObject *unused_first, PyObject *unused_second)
{
    const Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    const int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    return n >= 2 && EXTRACTION_READ(n - 1) == 's' && (EXTRACTION_READ(n - 2) == '\'' || EXTRACTION_READ(n - 2) == 0x2019);
}

static PyObject *
possessive_words(PyObject *module, PyObject *words)
{
    if (check_words(words, "possessive_words") < 0)
        return NULL;
    return filter_words(words, extraction_keep_possessive, NULL, NULL);
}

/* A junction's answer (the last field of extraction._python_junctions' tuples): where the space is missing, or one
 * of these two (32b) */
#define JUNCTION_ASK (-1)       /* extraction.GluedSentence._glued_at decides */
#define JUNCTION_IF_KNOWN (-2)  /* a plain stop between a-z words ('jack.The'): glued after the stop where the
                                 * dictionary knows the word before it, no abbreviation, and the word after is no
                                 * domain's ending; else _glued_at decides */

/* What a scan of junctions keeps: the straight double quotes counted up to a place, and whether the text holds '<'
 * (-1: not looked yet) */
typedef struct {
    Py_ssize_t counted_to, quotes;
    int angle;
} JunctionMarks;

static Py_ALWAYS_INLINE inline int
extraction_a_to_z(const int kind, const void *data, Py_ssize_t from, const Py_ssize_t to)
{
    for (; from < to; from++)
        if (!extraction_lower(EXTRACTION_READ(from)))
            return 0;
    return 1;
}

/* The answer at the junction (start, open, word, end) whose token before it starts at begin (extraction._Marks'
 * questions answered from marks, the quotes counted on from where the last junction's count ended) */
static Py_ALWAYS_INLINE inline Py_ssize_t
extraction_junction_answer(const int kind, const void *data, const Py_ssize_t n, const Py_ssize_t start,
                           const Py_ssize_t open, const Py_ssize_t word, const Py_ssize_t end, const Py_ssize_t begin,
                           JunctionMarks *marks)
{
    const Py_UCS4 following = end < n ? EXTRACTION_READ(end) : 0;
    if (following == '&' || following == '@' || following == '/' || following == '.')
        return JUNCTION_ASK;  /* initials ('M&S'), a handle, a path, a domain */
    const Py_UCS4 first = EXTRACTION_READ(start);
    if (open - start == 1 && (first == '.' || first == '!' || first == '?')) {
        if (open != word || start - begin < 3 || end - word < 3 || (begin > 0 && !Py_UNICODE_ISSPACE(EXTRACTION_READ(begin - 1)))
            || !extraction_a_to_z(kind, data, begin, start) || !extraction_a_to_z(kind, data, word + 1, end))
            return JUNCTION_ASK;
        if (marks->angle < 0) {  /* a ticker such as <IBM.N> (extraction._Marks.inside_angle_brackets) */
            marks->angle = 0;
            if (kind == PyUnicode_1BYTE_KIND)
                marks->angle = memchr(data, '<', n) != NULL;
            else
                for (Py_ssize_t i = 0; i < n && !marks->angle; i++)
                    marks->angle = EXTRACTION_READ(i) == '<';
        }
        return marks->angle ? JUNCTION_ASK : JUNCTION_IF_KNOWN;
    }
    if (end - word < 2 || (open < word && (EXTRACTION_READ(open) == '(' || EXTRACTION_READ(open) == '[')))
        return JUNCTION_ASK;
    int stop = 0, ellipsis = 1;
    Py_ssize_t quote = -1;
    for (Py_ssize_t i = start; i < open; i++) {
        const Py_UCS4 ch = EXTRACTION_READ(i);
        stop |= ch == '.' || ch == '!' || ch == '?' || ch == 0x2026;
        ellipsis &= ch == '.' || ch == 0x2026;
        if (ch == '"' && quote < 0)
            quote = i;
    }
    const Py_UCS4 last = EXTRACTION_READ(open - 1);
    if (!stop || ellipsis || ((last == '.' || last == '!' || last == '?' || last == 0x2026) && begin == start))
        return JUNCTION_ASK;
    if (quote < 0)
        return open;  /* a closing run of stops and quotes: the space after it */
    for (; marks->counted_to < quote; marks->counted_to++)
        marks->quotes += EXTRACTION_READ(marks->counted_to) == '"';
    return marks->quotes % 2 ? open : quote;  /* a straight quote that opens takes the space before it */
}

static int
append_junction(PyObject *found, const Py_ssize_t fields[6])
{
    PyObject *junction = PyTuple_New(6);
    if (junction == NULL)
        return -1;
    for (int i = 0; i < 6; i++) {
        PyObject *number = PyLong_FromSsize_t(fields[i]);
        if (number == NULL) {
            Py_DECREF(junction);
            return -1;
        }
        PyTuple_SET_ITEM(junction, i, number);
    }
    return append_new(found, junction);
}

/* The matches of extraction._JUNCTION in the n characters of data (a str's, of that kind), as finditer finds them:
 * a run of closing marks taken whole (where the whole run cannot match, no shorter one can, nor one starting inside
 * it), then an opening mark and a capital, or a capital, then letters. Each match is appended to found as (start,
 * open, word, end, begin, answer) unless it starts the text or follows white space: begin, where the token before it
 * starts (extraction._token_before), and the answer (extraction_junction_answer, 32b); returns -1 on an error. */
static Py_ALWAYS_INLINE inline int
extraction_junction_scan(const int kind, const void *data, const Py_ssize_t n, PyObject *found)
{
    JunctionMarks marks = {0, 0, -1};
    TokenKept kept = {-1, 0, 0};  /* (no token found yet) */
    Py_ssize_t p = 0;
    while (p < n) {
        /* to the next byte that may be a closing mark, eight bytes at a time (20b, 30d) */
        if (kind == PyUnicode_1BYTE_KIND && (p = extraction_next_mark((const Py_UCS1 *)data, p, n)) >= n)
            break;
        if (!extraction_closing(EXTRACTION_READ(p))) {
            p++;
            continue;
        }
        Py_ssize_t q = p + 1;
        while (q < n && extraction_closing(EXTRACTION_READ(q)))
            q++;
        if (q == n)
            break;
        Py_ssize_t word;
        const Py_UCS4 next = EXTRACTION_READ(q);
        if (extraction_opening(next) && q + 1 < n && extraction_upper(EXTRACTION_READ(q + 1)))
            word = q + 1;
        else if (extraction_upper(next))
            word = q;
        else {
            p = q;
            continue;
        }
        Py_ssize_t end = word + 1;
        while (end < n && extraction_letter(EXTRACTION_READ(end)))
            end++;
        if (p > 0 && !Py_UNICODE_ISSPACE(EXTRACTION_READ(p - 1))) {
            const Py_ssize_t begin = extraction_token_start_kept(kind, data, p, &kept);
            const Py_ssize_t fields[6] = {p, q, word, end, begin,
                                          extraction_junction_answer(kind, data, n, p, q, word, end, begin, &marks)};
            if (append_junction(found, fields) < 0)
                return -1;
        }
        p = end;
    }
    return 0;
}

static PyObject *
junctions(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "junctions")
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    if (EXTRACTION_BY_KIND_WITH(extraction_junction_scan, text, found) < 0)
        Py_CLEAR(found);
    return found;
}

/* ---- 17k: the vocabulary ---- */
/*
 * count_words(words, Counter) -> Counter  (twin: model._python_count_words)
 *     Counter(words) for a list of str whose equal words are mostly one object (Article.lower_words: a word's tokens
 *     share its lower-case form): each object is counted in a table keyed by its address, then the objects go into
 *     the Counter in order of first occurrence, equal ones added up, so that the Counter's keys, order and counts are
 *     those of Counter(words), with one dict look-up per object instead of one per word.
 */
typedef struct {
    PyObject *word;  /* borrowed from the list */
    Py_ssize_t count;
} Counted;

static PyObject *
count_words(PyObject *module, PyObject *args)
{
    PyObject *words, *counter_type;
    if (!PyArg_ParseTuple(args, "O!O:count_words", &PyList_Type, &words, &counter_type))
        return NULL;
    const Py_ssize_t n = PyList_GET_SIZE(words);
    size_t capacity = 16;
    while (capacity < (size_t)n * 2)
        capacity *= 2;
    Counted *objects = PyMem_Malloc((n ? n : 1) * sizeof(Counted));  /* in order of first occurrence */
    Py_ssize_t *slots = PyMem_Calloc(capacity, sizeof(Py_ssize_t));  /* index in objects + 1, 0 for a free slot */
    PyObject *counts = NULL, *counter = NULL;
    if (objects == NULL || slots == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t distinct = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "count_words() expects a list of str");
            goto done;
        }
        size_t slot = (size_t)(((uintptr_t)word >> 4) * 0x9E3779B97F4A7C15ULL) & (capacity - 1);
        while (slots[slot] && objects[slots[slot] - 1].word != word)
            slot = (slot + 1) & (capacity - 1);
        if (slots[slot])
            objects[slots[slot] - 1].count++;
        else {
            objects[distinct] = (Counted){word, 1};
            slots[slot] = ++distinct;
        }
    }
    if ((counts = _PyDict_NewPresized(distinct)) == NULL)  /* sized for them (no growing), then copied whole */
        goto done;
    for (Py_ssize_t index = 0; index < distinct; index++) {
        Py_ssize_t count = objects[index].count;
        if (add_count(counts, objects[index].word, &count) < 0)  /* an equal word counted before */
            goto release;
        PyObject *number = PyLong_FromSsize_t(count);
        const int stored = number == NULL ? -1 : PyDict_SetItem(counts, objects[index].word, number);
        Py_XDECREF(number);
        if (stored < 0)
            goto release;
    }
    if ((counter = PyObject_CallNoArgs(counter_type)) == NULL)
        goto release;
    if (!PyDict_Check(counter)) {
        PyErr_SetString(PyExc_TypeError, "count_words() expects a dict type (Counter) to count in");
        Py_CLEAR(counter);
    }
    else if (PyDict_Update(counter, counts) < 0)
        Py_CLEAR(counter);
release:  /* counts: copied into the counter, or left after an error */
    Py_CLEAR(counts);
done:
    PyMem_Free(objects);
    PyMem_Free(slots);
    return counter;
}

/* ---- 22f: NL344's row of nine labels ---- */
/* labels_in_a_row(text) -> bool
 *     Whether text holds a match of one_line._CHAIN (its twin: _CHAIN.found, the RE2 search): nine labels in a row,
 *     each of the first eight a token (a run of characters but space, tab, line end and no-break space) that opens
 *     with [A-Z0-9#@] and does not end in [,;:.!?], followed by spaces, tabs or no-break spaces and any signs of
 *     one_line._SIGNS standing alone between them, then a ninth opening like a label; the first may open inside its
 *     token (the search is not anchored at a word's start). One pass, no automaton: on a flattened page the RE2 set
 *     read each byte at about 17 instructions and its UTF-8 was made for it. */
enum {  /* what a character is to a row of labels, a bit each */
    ROW_START = 1,  /* [A-Z0-9#@]: a label opens with one */
    ROW_SPACE = 2,  /* [ \t\xa0]: what stands between labels */
    ROW_BREAK = 4,  /* a line end: no row goes over it */
    ROW_END_MARK = 8,  /* [,;:.!?]: no label but the ninth ends in one */
    ROW_SIGN = 16,  /* one_line._SIGNS: & | / • · » › */
};

static unsigned char row_classes[256];  /* the bits of each character below 256, filled on first use */

static void
row_classes_fill(void)
{
    for (int ch = 'A'; ch <= 'Z'; ch++)
        row_classes[ch] = ROW_START;
    for (int ch = '0'; ch <= '9'; ch++)
        row_classes[ch] = ROW_START;
    row_classes['#'] = row_classes['@'] = ROW_START;
    row_classes[' '] = row_classes['\t'] = row_classes[0xa0] = ROW_SPACE;
    row_classes['\n'] = ROW_BREAK;
    row_classes[','] = row_classes[';'] = row_classes[':'] = row_classes['.'] = row_classes['!'] = row_classes['?']
        = ROW_END_MARK;
    row_classes['&'] = row_classes['|'] = row_classes['/'] = row_classes[0xb7] = row_classes[0xbb] = ROW_SIGN;
}

static inline int
row_class(Py_UCS4 ch)
{
    return ch < 256 ? row_classes[ch] : ch == 0x2022 || ch == 0x203a ? ROW_SIGN : 0;
}

#define ROW_LABELS 9  /* one_line.MIN_CHAIN */

/* labels_in_a_row over the characters chars[0:n] of type TYPE: returns 1 from the function where the ninth opens */
#define ROW_PASS(TYPE) do {                                                                                   \
        const TYPE *chars = (const TYPE *)data;                                                               \
        Py_ssize_t row = 0;  /* labels in the row that reaches the next token, each followed by spaces */    \
        Py_ssize_t i = 0;                                                                                     \
        while (i < n) {                                                                                       \
            if (row == 0) {  /* no row reaches i: each token before the next label opening leaves it at none */ \
                Py_ssize_t p = i, stop;                                                                       \
                do {  /* eight bytes at a time where none opens a label (or is ':;<=>?'), then one by one */   \
                    if (sizeof(TYPE) == 1)                                                                    \
                        while (p + 8 <= n && !row_start_in_eight((const Py_UCS1 *)chars + p))                \
                            p += 8;                                                                           \
                    stop = sizeof(TYPE) == 1 && p + 8 <= n ? p + 8 : n;                                       \
                    while (p < stop && !(row_class(chars[p]) & ROW_START))                                    \
                        p++;                                                                                  \
                } while (p == stop && p < n);  /* (eight bytes where only ':;<=>?' stood) */                  \
                if (p == n)                                                                                   \
                    break;  /* no label opens from i on */                                                    \
                while (p > i && !(row_class(chars[p - 1]) & (ROW_SPACE | ROW_BREAK)))                         \
                    p--;  /* back to the start of the token that holds it */                                  \
                i = p;                                                                                        \
            }                                                                                                 \
            const int first = row_class(chars[i]);                                                            \
            if (first & (ROW_SPACE | ROW_BREAK)) {                                                            \
                if (first & ROW_BREAK)                                                                        \
                    row = 0;                                                                                  \
                i++;                                                                                          \
                continue;                                                                                     \
            }                                                                                                 \
            if (row >= ROW_LABELS - 1 && (first & ROW_START))                                                 \
                return 1;  /* the ninth */                                                                    \
            int held = first, last = first;  /* the token's bits, and its last character's */                 \
            Py_ssize_t j = i + 1;                                                                             \
            for (; j < n; j++) {                                                                              \
                const int c = row_class(chars[j]);                                                            \
                if (c & (ROW_SPACE | ROW_BREAK))                                                              \
                    break;                                                                                    \
                held |= c;                                                                                    \
                last = c;                                                                                     \
            }                                                                                                 \
            if (j == n || !(row_class(chars[j]) & ROW_SPACE))                                                 \
                row = 0;  /* no space after it: the row ends here (a line end or the text's end) */           \
            else if ((first & ROW_START) && !(last & ROW_END_MARK))                                           \
                row++;                                                                                        \
            else if (j - i == 1 && (first & ROW_SIGN) && row > 0)                                             \
                ;  /* a sign between labels */                                                                \
            else  /* a row starts inside it (a label may open inside its token: the row's first), or none */  \
                row = (held & ROW_START) && !(last & ROW_END_MARK);                                           \
            i = j;                                                                                            \
        }                                                                                                     \
    } while (0)

static int
row_found(int kind, const void *data, Py_ssize_t n)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND: ROW_PASS(Py_UCS1); break;
    case PyUnicode_2BYTE_KIND: ROW_PASS(Py_UCS2); break;
    default: ROW_PASS(Py_UCS4); break;
    }
    return 0;
}

static PyObject *
labels_in_a_row(PyObject *module, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "labels_in_a_row() takes a str");
        return NULL;
    }
    if (!row_classes['A'])
        row_classes_fill();
    return PyBool_FromLong(row_found(PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)));
}

/* ---- 27a: the bytes where no row of labels opens, and the places of a paragraph's capitals ----
 * labels_in_a_row (block 22f) reads a one-byte text where no row of labels reaches eight bytes at a time up to the
 * next byte that may open a label: a token without one leaves the row at none (prose, most of a flattened page). */

/* whether one of the eight bytes at chars may open a label: [0-9:;<=>?@A-Z] (ROW_START's bytes but '#', and
 * ':;<=>?' between them) or '#' */
static inline int
row_start_in_eight(const Py_UCS1 *chars)
{
    uint64_t x;
    memcpy(&x, chars, 8);
    return has_byte_between(chars, '0' - 1, 'Z' + 1) || bytes_equal(x, ~(uint64_t)0 / 255 * '#') != 0;
}

/* Whether a needle that holds an ASCII capital occurs twice in the paragraph caption_scan asks about (the repeated
 * word, block 17u; the repeated junction, block 17x): read at the places of that capital in the text, found once per
 * text, where str.find read the whole paragraph for each candidate that asked (most words occur once). */

typedef struct {
    PyObject *text;         /* the text indexed (a reference held: its address names it while it is the one kept) */
    Py_ssize_t *places;     /* the offsets of its ASCII capitals, the A's first, each letter's in text order */
    Py_ssize_t first[27];   /* letter (0 for A) -> the index in places of its first; first[26]: how many in all */
} CaptionCapitals;

static CaptionCapitals caption_capitals;  /* the last text asked about */

static void
caption_capitals_clear(void)
{
    PyMem_Free(caption_capitals.places);
    Py_CLEAR(caption_capitals.text);
    memset(&caption_capitals, 0, sizeof caption_capitals);
}

/* each ASCII capital of chars[0:n] of type TYPE, in text order: DO(its offset, its letter from 0); a one-byte text
 * skips eight bytes at a time where none is a capital */
#define CAPITALS_PASS(TYPE, DO) do {                                                                     \
        const TYPE *chars = (const TYPE *)data;                                                          \
        Py_ssize_t i = 0;                                                                                \
        while (i < n) {                                                                                  \
            Py_ssize_t stop = i + 1;  /* the bytes read one by one: one, or eight that hold a capital */  \
            if (sizeof(TYPE) == 1 && i + 8 <= n) {                                                       \
                if (!has_byte_between((const Py_UCS1 *)chars + i, 'A' - 1, 'Z' + 1)) {                  \
                    i += 8;                                                                              \
                    continue;                                                                            \
                }                                                                                        \
                stop = i + 8;                                                                            \
            }                                                                                            \
            for (; i < stop; i++) {                                                                      \
                const Py_UCS4 letter = (Py_UCS4)chars[i] - 'A';                                          \
                if (letter < 26) {                                                                       \
                    DO(i, letter);                                                                       \
                }                                                                                        \
            }                                                                                            \
        }                                                                                                \
    } while (0)

#define CAPITAL_FOUND(at, letter) (found[total++] = (uint32_t)(at) << 5 | (letter))
#define CAPITALS_MAX_TEXT ((Py_ssize_t)1 << 27)  /* an offset and its letter in 32 bits */

/* caption_capitals made for text (shorter than CAPITALS_MAX_TEXT), unless it holds text's already; -1: an error (no
 * memory) */
static int
caption_capitals_of(PyObject *text)
{
    if (caption_capitals.text == text)
        return 0;
    caption_capitals_clear();
    STR_CHARS(text);
    /* each capital's offset and letter in one pass, then the offsets by letter (a counting sort: text order kept) */
    uint32_t *found = PyMem_New(uint32_t, n ? n : 1);
    Py_ssize_t total = 0;
    if (found == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    switch (kind) {
    case PyUnicode_1BYTE_KIND: CAPITALS_PASS(Py_UCS1, CAPITAL_FOUND); break;
    case PyUnicode_2BYTE_KIND: CAPITALS_PASS(Py_UCS2, CAPITAL_FOUND); break;
    default: CAPITALS_PASS(Py_UCS4, CAPITAL_FOUND); break;
    }
    Py_ssize_t *places = caption_capitals.places = PyMem_New(Py_ssize_t, total ? total : 1);
    if (places == NULL) {
        PyMem_Free(found);
        caption_capitals_clear();
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t count[26] = {0}, next[26];
    for (Py_ssize_t k = 0; k < total; k++)
        count[found[k] & 31]++;
    Py_ssize_t sum = 0;
    for (int letter = 0; letter < 26; letter++) {
        caption_capitals.first[letter] = next[letter] = sum;
        sum += count[letter];
    }
    caption_capitals.first[26] = total;
    for (Py_ssize_t k = 0; k < total; k++)
        places[next[found[k] & 31]++] = (Py_ssize_t)(found[k] >> 5);
    PyMem_Free(found);
    Py_INCREF(text);
    caption_capitals.text = text;
    return 0;
}

#undef CAPITAL_FOUND
#undef CAPITALS_PASS


/* whether needle occurs twice without overlap in text, as caption_twice answers (captions._twice: str.find, then
 * str.find from the end of the first): from the places of needle's first ASCII capital where it holds one (each
 * occurrence holds that capital as far into it), by str.find where it holds none; -1: an error */
static int
caption_twice_by_capital(PyObject *text, PyObject *needle)
{
    const int kind = PyUnicode_KIND(text), needle_kind = PyUnicode_KIND(needle);
    const void *data = PyUnicode_DATA(text), *needle_data = PyUnicode_DATA(needle);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text), m = PyUnicode_GET_LENGTH(needle);
    Py_ssize_t at = 0;
    while (at < m && PyUnicode_READ(needle_kind, needle_data, at) - 'A' >= 26u)
        at++;
    if (at == m || n >= CAPITALS_MAX_TEXT)
        return caption_twice(text, needle);
    if (caption_capitals_of(text) < 0)
        return -1;
    const Py_ssize_t letter = (Py_ssize_t)(PyUnicode_READ(needle_kind, needle_data, at) - 'A');
    const Py_ssize_t *places = caption_capitals.places;
    Py_ssize_t free_from = 0;  /* (str.find's second search starts where the first occurrence ends) */
    int found = 0;
    for (Py_ssize_t i = caption_capitals.first[letter]; i < caption_capitals.first[letter + 1]; i++) {
        const Py_ssize_t start = places[i] - at;
        if (start < free_from || start + m > n)
            continue;
        Py_ssize_t k = 0;
        if (kind == needle_kind)
            k = memcmp((const char *)data + start * kind, needle_data, (size_t)(m * kind)) == 0 ? m : 0;
        else
            while (k < m && PyUnicode_READ(kind, data, start + k) == PyUnicode_READ(needle_kind, needle_data, k))
                k++;
        if (k < m)
            continue;
        if (++found == 2)
            return 1;
        free_from = start + m;
    }
    return 0;
}

/* ---- 28c: NL317's cues of an article, one pass ---- */
/* run_in_cues(text, phrases, months) -> int or None
 *     The cues of run_in._LONG_PARAGRAPH_CUES that text holds, a bit each (bit k: cue k), as the RE2 set answers
 *     (its twin: CueSet.held); None where a year's digit stands beyond ASCII (RE2's tables judge \p{Nd}). phrases: a
 *     tuple of (literal, follow, cues) that run_in._CUE_PHRASES makes of the cues' words: each matches after a space
 *     where literal stands, followed as follow says (0: a space and [a-z]; 1: a comma and a space; 2: a space, a month
 *     of months and a space or none, a year 18xx, 19xx or 20xx, a comma, a space and [a-z]; 3: a space or a comma),
 *     and sets the bits cues; bits 0 and 1 only after [a-z0-9%)] or after [a-z] and a closing quote ['’"”] (cue 5,
 *     the second item of a numbered list, is a phrase too: 35a). Cue 2
 *     (run_in._LABEL_RUN_IN_CUES) and cue 3 (_CAPS_LABEL_CUES) are read at a space before a capital, in a text holding
 *     a colon. One pass over the characters, no UTF-8: the RE2 set read each byte at about 17 instructions. */
#define RUN_IN_ENTRIES_MAX 512
#define RUN_IN_CUES_ALL 63  /* the six cues' bits */
enum { RUN_IN_LOWER, RUN_IN_COMMA, RUN_IN_YEAR, RUN_IN_PICTURE };

typedef struct {
    PyObject *phrases;                  /* the tuple indexed (a reference held) */
    PyObject *months;                   /* the month names (a reference held) */
    Py_ssize_t count;
    PyObject *literal[RUN_IN_ENTRIES_MAX];
    uint64_t prefix[RUN_IN_ENTRIES_MAX];    /* its first eight characters (run_in_packed), and the mask of those it has */
    uint64_t prefix_mask[RUN_IN_ENTRIES_MAX];
    unsigned char exact[RUN_IN_ENTRIES_MAX];  /* whether the prefix is the literal (ASCII, eight characters at most) */
    unsigned char follow[RUN_IN_ENTRIES_MAX], cues[RUN_IN_ENTRIES_MAX];
    int next[RUN_IN_ENTRIES_MAX];       /* the next entry of its key; -1: none */
    int head[128][32];                  /* (first character, or 0 beyond ASCII; second & 31) -> first entry; -1 */
    uint64_t pairs[65536 / 64];         /* the two bytes after a space of a one-byte str (the first lowest) after which
                                         * a phrase or a label may start: a bit each (31c) */
} RunInPhrases;

static RunInPhrases run_in_phrases;

/* the key of a phrase's first two characters (a literal of one character: its follow's space) */
#define RUN_IN_FIRST(ch) ((ch) < 128 ? (int)(ch) : 0)
/* a character as a byte of a packed prefix: itself in ASCII (and in a one-byte str), a byte of 128 or more beyond */
#define RUN_IN_BYTE(ch) ((ch) < 256 ? (uint64_t)(ch) : (uint64_t)(0x80 | ((ch) & 0x7f)))

/* the characters at at (up to eight, up to n) packed a byte each, the first lowest */
static inline uint64_t
run_in_packed(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    if (kind == PyUnicode_1BYTE_KIND && at + 8 <= n) {
        uint64_t word;
        memcpy(&word, (const Py_UCS1 *)data + at, 8);
#if PY_LITTLE_ENDIAN
        return word;
#else
        return __builtin_bswap64(word);
#endif
    }
    uint64_t packed = 0;
    for (Py_ssize_t i = 0; i < 8 && at + i < n; i++)
        packed |= RUN_IN_BYTE(PyUnicode_READ(kind, data, at + i)) << (8 * i);
    return packed;
}

/* run_in_phrases indexed for phrases and months, unless it is already; -1: an error */
static int
run_in_phrases_of(PyObject *phrases, PyObject *months)
{
    if (run_in_phrases.phrases == phrases && run_in_phrases.months == months)
        return 0;
    const Py_ssize_t count = PyTuple_GET_SIZE(phrases);
    if (count > RUN_IN_ENTRIES_MAX) {
        PyErr_SetString(PyExc_ValueError, "run_in_cues(): too many phrases");
        return -1;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(months); k++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(months, k))) {
            PyErr_SetString(PyExc_TypeError, "run_in_cues(): the months are str");
            return -1;
        }
    Py_CLEAR(run_in_phrases.phrases);
    Py_CLEAR(run_in_phrases.months);
    memset(run_in_phrases.head, 0xff, sizeof run_in_phrases.head);
    for (Py_ssize_t k = count - 1; k >= 0; k--) {  /* from the last: each key's entries in the tuple's order */
        PyObject *entry = PyTuple_GET_ITEM(phrases, k);
        PyObject *literal;
        int follow, cues;
        if (!PyTuple_Check(entry) || !PyArg_ParseTuple(entry, "Uii", &literal, &follow, &cues))
            goto bad;
        const Py_ssize_t length = PyUnicode_GET_LENGTH(literal);
        if (follow < RUN_IN_LOWER || follow > RUN_IN_PICTURE || cues <= 0 || cues > RUN_IN_CUES_ALL || length == 0
                || (length == 1 && follow != RUN_IN_LOWER && follow != RUN_IN_YEAR))
            goto bad;
        const Py_UCS4 first = PyUnicode_READ_CHAR(literal, 0), second = length > 1 ? PyUnicode_READ_CHAR(literal, 1) : ' ';
        int *head = &run_in_phrases.head[RUN_IN_FIRST(first)][second & 31];
        run_in_phrases.literal[k] = literal;
        const Py_ssize_t packed = length < 8 ? length : 8;
        run_in_phrases.prefix[k] = run_in_packed(PyUnicode_KIND(literal), PyUnicode_DATA(literal), packed, 0);
        run_in_phrases.prefix_mask[k] = packed == 8 ? ~(uint64_t)0 : (((uint64_t)1 << (8 * packed)) - 1);
        run_in_phrases.exact[k] = length <= 8 && PyUnicode_IS_ASCII(literal);
        run_in_phrases.follow[k] = (unsigned char)follow;
        run_in_phrases.cues[k] = (unsigned char)cues;
        run_in_phrases.next[k] = *head;
        *head = (int)k;
    }
    memset(run_in_phrases.pairs, 0, sizeof run_in_phrases.pairs);
    for (int pair = 0; pair < 65536; pair++) {  /* each pair that has a key's entries, or opens with a capital */
        const int first = pair & 255, second = pair >> 8;
        if (run_in_phrases.head[RUN_IN_FIRST(first)][second & 31] >= 0 || (first >= 'A' && first <= 'Z'))
            run_in_phrases.pairs[pair >> 6] |= (uint64_t)1 << (pair & 63);
    }
    Py_INCREF(phrases);
    Py_INCREF(months);
    run_in_phrases.phrases = phrases;
    run_in_phrases.months = months;
    run_in_phrases.count = count;
    return 0;
bad:
    memset(run_in_phrases.head, 0xff, sizeof run_in_phrases.head);
    PyErr_Clear();
    PyErr_SetString(PyExc_ValueError, "run_in_cues(): each phrase is (str, follow 0-3, cues 1-63)");
    return -1;
}

/* whether literal stands in text at at */
static int
run_in_holds(int kind, const void *data, Py_ssize_t n, Py_ssize_t at, PyObject *literal)
{
    const Py_ssize_t length = PyUnicode_GET_LENGTH(literal);
    if (at + length > n)
        return 0;
    const int literal_kind = PyUnicode_KIND(literal);
    const void *literal_data = PyUnicode_DATA(literal);
    for (Py_ssize_t i = 0; i < length; i++)
        if (PyUnicode_READ(kind, data, at + i) != PyUnicode_READ(literal_kind, literal_data, i))
            return 0;
    return 1;
}

#define RUN_IN_AT(at) ((at) < n ? PyUnicode_READ(kind, data, (at)) : 0)  /* 0: past the end (no class holds it) */
#define RUN_IN_LOWER_AT(at) (RUN_IN_AT(at) >= 'a' && RUN_IN_AT(at) <= 'z')
#define RUN_IN_CAPITAL(ch) ((ch) >= 'A' && (ch) <= 'Z')
#define RUN_IN_CLOSING(ch) ((ch) == '\'' || (ch) == 0x2019 || (ch) == '"' || (ch) == 0x201D)

/* a year (1[89]|20) of two more digits at at, then ", " and [a-z]: 1, 0 none, -1 a digit beyond ASCII */
static int
run_in_year(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    const Py_UCS4 first = RUN_IN_AT(at), second = RUN_IN_AT(at + 1);
    if (!((first == '1' && (second == '8' || second == '9')) || (first == '2' && second == '0')))
        return 0;
    for (Py_ssize_t i = at + 2; i < at + 4; i++) {
        const Py_UCS4 ch = RUN_IN_AT(i);
        if (ch >= 128 && !Py_UNICODE_IS_SURROGATE(ch))
            return -1;  /* \p{Nd}: RE2's Unicode tables, which may not be this Python's */
        if (!(ch >= '0' && ch <= '9'))
            return 0;
    }
    return RUN_IN_AT(at + 4) == ',' && RUN_IN_AT(at + 5) == ' ' && RUN_IN_LOWER_AT(at + 6);
}

/* the phrases' cues (of want) matched at the space s: their bits, or -1 (a digit beyond ASCII) */
static int
run_in_phrases_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t s, int want, int e)
{
    const uint64_t packed = run_in_packed(kind, data, n, s + 1);
    int found = 0, seam = -1;  /* (-1: not read yet) */
    for (; e >= 0; e = run_in_phrases.next[e]) {
        if ((packed & run_in_phrases.prefix_mask[e]) != run_in_phrases.prefix[e])
            continue;  /* (most entries) */
        if (seam < 0 && (run_in_phrases.cues[e] & 3)) {  /* whether a seam may start here: the character before */
            const Py_UCS4 before = s > 0 ? PyUnicode_READ(kind, data, s - 1) : 0;
            seam = (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '%'
                   || before == ')' || (RUN_IN_CLOSING(before) && s > 1 && PyUnicode_READ(kind, data, s - 2) >= 'a'
                                        && PyUnicode_READ(kind, data, s - 2) <= 'z');
        }
        const int cues = run_in_phrases.cues[e] & want & ~found & (seam > 0 ? RUN_IN_CUES_ALL : ~3);
        PyObject *literal = run_in_phrases.literal[e];
        if (!cues || (!run_in_phrases.exact[e] && !run_in_holds(kind, data, n, s + 1, literal)))
            continue;
        const Py_ssize_t p = s + 1 + PyUnicode_GET_LENGTH(literal);
        int on = 0;
        switch (run_in_phrases.follow[e]) {
        case RUN_IN_LOWER: on = RUN_IN_AT(p) == ' ' && RUN_IN_LOWER_AT(p + 1); break;
        case RUN_IN_COMMA: on = RUN_IN_AT(p) == ',' && RUN_IN_AT(p + 1) == ' '; break;
        case RUN_IN_PICTURE: on = RUN_IN_AT(p) == ' ' || RUN_IN_AT(p) == ','; break;
        default:  /* RUN_IN_YEAR */
            if (RUN_IN_AT(p) != ' ')
                break;
            if ((on = run_in_year(kind, data, n, p + 1)) != 0)
                break;
            for (Py_ssize_t m = 0; m < PyTuple_GET_SIZE(run_in_phrases.months) && !on; m++) {
                PyObject *month = PyTuple_GET_ITEM(run_in_phrases.months, m);
                const Py_ssize_t after = p + 1 + PyUnicode_GET_LENGTH(month);
                if (run_in_holds(kind, data, n, p + 1, month) && RUN_IN_AT(after) == ' ')
                    on = run_in_year(kind, data, n, after + 1);
            }
        }
        if (on < 0)
            return -1;
        if (on)
            found |= cues;
    }
    return found;
}

/* cue 2 at the space s before a capital: [a-z0-9%).'’"”] before it, [A-Z][a-z]+(?:[ -][a-z]+){0,2}:[ \xa0], then
 * "the " or [A-Z] */
static int
run_in_label_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t s, Py_UCS4 before)
{
    if (!((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '%' || before == ')'
          || before == '.' || RUN_IN_CLOSING(before)))
        return 0;
    Py_ssize_t p = s + 2;
    for (int group = 0;; group++) {  /* a run of [a-z] (the capital's, then each group's), then ':' or a group */
        const Py_ssize_t from = p;
        while (RUN_IN_LOWER_AT(p))
            p++;
        if (p == from)
            return 0;
        const Py_UCS4 ch = RUN_IN_AT(p);
        if (ch == ':')
            break;
        if (group == 2 || !(ch == ' ' || ch == '-'))
            return 0;
        p++;
    }
    const Py_UCS4 space = RUN_IN_AT(p + 1), next = RUN_IN_AT(p + 2);
    return (space == ' ' || space == 0xA0)
           && (RUN_IN_CAPITAL(next) || (next == 't' && RUN_IN_AT(p + 3) == 'h' && RUN_IN_AT(p + 4) == 'e'
                                        && RUN_IN_AT(p + 5) == ' '));
}

/* cue 3 at the space s before a capital: [a-z0-9.!?"”’')] before it, then [A-Z'’ -]+ after the capital, ':', RE2's
 * \s ([\t\n\f\r ]) and [A-Z]; *end: where that run ended (a later start inside it ends there too: the same answer) */
static int
run_in_caps_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t s, Py_UCS4 before, Py_ssize_t *end)
{
    if (!((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '.' || before == '!'
          || before == '?' || before == '"' || before == 0x201D || before == 0x2019 || before == '\''
          || before == ')'))
        return 0;
    if (s + 2 <= *end)
        return 0;  /* inside the run last read, which held no label */
    Py_ssize_t p = s + 2;
    for (;; p++) {
        const Py_UCS4 ch = RUN_IN_AT(p);
        if (!(RUN_IN_CAPITAL(ch) || ch == '\'' || ch == 0x2019 || ch == ' ' || ch == '-'))
            break;
    }
    *end = p;
    const Py_UCS4 space = RUN_IN_AT(p + 1);
    return p > s + 2 && RUN_IN_AT(p) == ':'
           && (space == '\t' || space == '\n' || space == '\f' || space == '\r' || space == ' ')
           && RUN_IN_CAPITAL(RUN_IN_AT(p + 2));
}

/* where the labels of a text may end: the first colon from a place on, and the labels it may end */
typedef struct {
    PyObject *text;
    Py_ssize_t caps_end;  /* where the run of capitals last read ended (run_in_caps_at) */
    Py_ssize_t colon;     /* the first colon from the last place asked (n: none) */
    int colon_cues;       /* the labels that colon may end: 4 (then [ \xa0] and "the " or [A-Z]), 8 (\s and [A-Z]) */
} RunInLabels;

/* the labels that may end at the colon at colon (none at n): 4 where [ \xa0] and "the " or [A-Z] follow it, 8 where
 * RE2's \s ([\t\n\f\r ]) and [A-Z] do */
static int
run_in_colon_cues(int kind, const void *data, Py_ssize_t n, Py_ssize_t colon)
{
    const Py_UCS4 space = RUN_IN_AT(colon + 1), after = RUN_IN_AT(colon + 2);
    return ((space == ' ' || space == 0xA0)
            && (RUN_IN_CAPITAL(after) || (after == 't' && RUN_IN_AT(colon + 3) == 'h' && RUN_IN_AT(colon + 4) == 'e'
                                          && RUN_IN_AT(colon + 5) == ' ')) ? 4 : 0)
           | ((space == '\t' || space == '\n' || space == '\f' || space == '\r' || space == ' ')
              && RUN_IN_CAPITAL(after) ? 8 : 0);
}

/* the cues (of want) at the space s, whose phrases' entries start at e (-1: none): their bits, or -1 (a digit beyond
 * ASCII; an error: -2) */
static int
run_in_cues_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t s, int want, int e, RunInLabels *labels)
{
    int found = e >= 0 ? run_in_phrases_at(kind, data, n, s, want, e) : 0;
    const Py_UCS4 next = RUN_IN_AT(s + 1);
    if (found < 0 || !(want & 12) || !RUN_IN_CAPITAL(next) || s == 0)
        return found;
    if (labels->colon < s + 2) {  /* a label ends at the first colon after its capital: where is it, what may end there */
        const Py_ssize_t colon = PyUnicode_FindChar(labels->text, ':', s + 2, n, 1);
        if (colon == -2)
            return -2;
        labels->colon = colon < 0 ? n : colon;
        labels->colon_cues = run_in_colon_cues(kind, data, n, labels->colon);
    }
    want &= labels->colon_cues;
    Py_ssize_t *caps_end = &labels->caps_end;
    const Py_UCS4 before = PyUnicode_READ(kind, data, s - 1);
    if ((want & 4) && run_in_label_at(kind, data, n, s, before))
        found |= 4;
    if ((want & 8) && run_in_caps_at(kind, data, n, s, before, caps_end))
        found |= 8;
    return found;
}

/* the first entry from e whose prefix the characters packed at a space's next begin with; -1: none */
static inline int
run_in_prefixed(int e, uint64_t packed)
{
    while (e >= 0 && (packed & run_in_phrases.prefix_mask[e]) != run_in_phrases.prefix[e])
        e = run_in_phrases.next[e];
    return e;
}

/* whether the pair of bytes at at (a one-byte str's) is one of run_in_phrases.pairs */
static inline int
run_in_pair_may_open(const Py_UCS1 *at)
{
    const unsigned pair = (unsigned)at[0] | (unsigned)at[1] << 8;
    return (int)(run_in_phrases.pairs[pair >> 6] >> (pair & 63)) & 1;
}

/* the high bit of each 16-bit unit of x that equals the unit c repeats, no other bit (bytes_equal's, by units: the
 * spaces of a two-byte text four characters at a time, 34a) */
static inline uint64_t
units_equal(uint64_t x, uint64_t c)
{
    const uint64_t low15 = 0x7FFF7FFF7FFF7FFFULL, t = x ^ c;
    return ~(((t & low15) + low15) | t | low15);
}

/* the space at s asked, where the character after it may open a phrase or a label (the loops below; in a one-byte
 * str, only where the two bytes after it are a pair of run_in_phrases.pairs (31c: one bit read, where most spaces read
 * the head table and tested for a capital) and a phrase's first eight characters at most stand after it) */
#define RUN_IN_SPACE(TYPE, s) do {                                                               \
        if (sizeof(TYPE) == 1 && !run_in_pair_may_open((const Py_UCS1 *)data + (s) + 1))         \
            break;  /* (no key's entries, no capital) */                                         \
        const Py_UCS4 first = ((const TYPE *)data)[(s) + 1];                                     \
        int e = run_in_phrases.head[RUN_IN_FIRST(first)][((const TYPE *)data)[(s) + 2] & 31];    \
        if (sizeof(TYPE) == 1 && e >= 0)                                                         \
            e = run_in_prefixed(e, run_in_packed(PyUnicode_1BYTE_KIND, data, n, (s) + 1));       \
        if (e >= 0 || ((want & ~found & 12) && first >= 'A' && first <= 'Z')) {                 \
            const int at = run_in_cues_at(kind, data, n, (s), want & ~found, e, &labels);        \
            if (at == -2)                                                                        \
                return NULL;                                                                     \
            if (at < 0)                                                                          \
                Py_RETURN_NONE;                                                                  \
            found |= at;                                                                         \
        }                                                                                        \
    } while (0)

/* ASK(TYPE, s) at each space s of the str (kind, data, n), in order, while go_on holds (the last two characters apart:
 * no cue ends there): a one-byte str's spaces found eight bytes at a time, a two-byte str's four characters at a time
 * (34a), from their bits; each eight bytes' or four characters' spaces all asked */
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_ctzll) */
#define RUN_IN_WIDE_SPACES(at, go_on, ASK)                                                       \
    if (kind == PyUnicode_1BYTE_KIND) {                                                          \
        for (; (at) + 10 <= n && (go_on); (at) += 8) {                                           \
            uint64_t x_;                                                                         \
            memcpy(&x_, (const Py_UCS1 *)data + (at), 8);                                        \
            for (uint64_t spaces_ = bytes_equal(x_, 0x2020202020202020ULL); spaces_;             \
                 spaces_ &= spaces_ - 1)                                                         \
                ASK(Py_UCS1, (at) + (__builtin_ctzll(spaces_) >> 3));                            \
        }                                                                                        \
    }                                                                                            \
    else if (kind == PyUnicode_2BYTE_KIND) {                                                     \
        for (; (at) + 6 <= n && (go_on); (at) += 4) {                                            \
            uint64_t x_;                                                                         \
            memcpy(&x_, (const Py_UCS2 *)data + (at), 8);                                        \
            for (uint64_t spaces_ = units_equal(x_, 0x0020002000200020ULL); spaces_;             \
                 spaces_ &= spaces_ - 1)                                                         \
                ASK(Py_UCS2, (at) + (__builtin_ctzll(spaces_) >> 4));                            \
        }                                                                                        \
    }
#else
#define RUN_IN_WIDE_SPACES(at, go_on, ASK)
#endif
#define RUN_IN_NARROW_SPACES(TYPE, at, go_on, ASK)                                               \
    for (; (at) + 2 < n && (go_on); (at)++)                                                      \
        if (((const TYPE *)data)[at] == ' ')                                                     \
            ASK(TYPE, (at))
#define RUN_IN_EACH_SPACE(go_on, ASK) do {                                                       \
        Py_ssize_t at_ = 0;                                                                      \
        RUN_IN_WIDE_SPACES(at_, go_on, ASK)                                                      \
        switch (kind) {                                                                          \
        case PyUnicode_1BYTE_KIND: RUN_IN_NARROW_SPACES(Py_UCS1, at_, go_on, ASK); break;        \
        case PyUnicode_2BYTE_KIND: RUN_IN_NARROW_SPACES(Py_UCS2, at_, go_on, ASK); break;        \
        default: RUN_IN_NARROW_SPACES(Py_UCS4, at_, go_on, ASK); break;                          \
        }                                                                                        \
    } while (0)

/* text, with the phrases and months of the arguments (text: a str, phrases, months: tuples) of the function name
 * indexed; NULL: an error */
static PyObject *
run_in_indexed_text(PyObject *args, const char *name)
{
    PyObject *given[3];
    if (!unpack_args(args, name, 3, (PyTypeObject *const[]){&PyUnicode_Type, &PyTuple_Type, &PyTuple_Type}, given)
            || run_in_phrases_of(given[1], given[2]) < 0)
        return NULL;
    return given[0];
}

static PyObject *
run_in_cues(PyObject *module, PyObject *args)
{
    PyObject *text = run_in_indexed_text(args, "run_in_cues");
    if (text == NULL)
        return NULL;
    STR_CHARS(text);
    int labels_ending = 0;  /* both labels end at a colon: those that one of the text's colons may end */
    for (Py_ssize_t colon = 0; labels_ending != 12; colon++) {
        if ((colon = PyUnicode_FindChar(text, ':', colon, n, 1)) == -2)
            return NULL;
        if (colon < 0)
            break;
        labels_ending |= run_in_colon_cues(kind, data, n, colon);
    }
    const int want = (RUN_IN_CUES_ALL & ~12) | labels_ending;
    int found = 0;
    RunInLabels labels = {text, -1, -1, 0};
    RUN_IN_EACH_SPACE(found != want, RUN_IN_SPACE);  /* (once all are found: none more asked) */
    return PyLong_FromLong(found);
}
#undef RUN_IN_SPACE
#undef RUN_IN_AT
#undef RUN_IN_LOWER_AT
#undef RUN_IN_CAPITAL
#undef RUN_IN_CLOSING
#undef RUN_IN_FIRST

/* ---- 29d: how many members of a small frozenset a list of words holds ---- */
/* members_among(words, members) -> int
 *     len(members.intersection(words)): how many of the frozenset members' items the list words holds (NL344's
 *     business words among an article's lower-case words, one_line._site_business_words; twin
 *     one_line._python_members_among, parity in tests/test_native_members_among.py). The members' hashes are put once
 *     into a table four times their number (kept for the frozenset last asked, held): a word is one look-up of its
 *     kept hash there, an empty slot for nearly every word, where the set's intersection hashed, probed and built a
 *     set of every match (about 70 instructions a word). */
typedef struct {
    PyObject *members;   /* the frozenset indexed (a reference held), its items below */
    size_t mask;         /* slots - 1 */
    Py_hash_t *hash;     /* slot -> the hash of its member */
    PyObject **member;   /* slot -> its member (borrowed from members), NULL: empty */
    Py_ssize_t *index;   /* slot -> the member's number, for the ones found */
    Py_ssize_t count;
} MembersTable;

static MembersTable members_table;

static void
members_table_clear(void)
{
    PyMem_Free(members_table.hash);
    PyMem_Free(members_table.member);
    PyMem_Free(members_table.index);
    Py_CLEAR(members_table.members);
    memset(&members_table, 0, sizeof members_table);
}

/* members_table for the frozenset members, unless it is that one's; -1: an error */
static int
members_table_of(PyObject *members)
{
    if (members_table.members == members)
        return 0;
    members_table_clear();
    const Py_ssize_t count = PySet_GET_SIZE(members);
    size_t slots = 8;
    while (slots < 4 * (size_t)count)
        slots *= 2;
    members_table.hash = PyMem_New(Py_hash_t, slots);
    members_table.member = PyMem_New(PyObject *, slots);
    members_table.index = PyMem_New(Py_ssize_t, slots);
    if (!members_table.hash || !members_table.member || !members_table.index) {
        members_table_clear();
        PyErr_NoMemory();
        return -1;
    }
    memset(members_table.member, 0, slots * sizeof(PyObject *));
    members_table.mask = slots - 1;
    PyObject *items = PyObject_GetIter(members), *member;
    if (items == NULL) {
        members_table_clear();
        return -1;
    }
    Py_ssize_t number = 0;
    while ((member = PyIter_Next(items)) != NULL) {
        const Py_hash_t hash = PyObject_Hash(member);
        Py_DECREF(member);  /* (the frozenset holds it) */
        if (hash == -1)
            break;
        size_t slot = (size_t)hash & members_table.mask;
        while (members_table.member[slot] != NULL)
            slot = (slot + 1) & members_table.mask;
        members_table.hash[slot] = hash;
        members_table.member[slot] = member;
        members_table.index[slot] = number++;
    }
    Py_DECREF(items);
    if (PyErr_Occurred()) {
        members_table_clear();
        return -1;
    }
    Py_INCREF(members);
    members_table.members = members;
    members_table.count = number;
    return 0;
}

static PyObject *
members_among(PyObject *module, PyObject *args)
{
    PyObject *words, *members;
    if (!PyArg_ParseTuple(args, "O!O!:members_among", &PyList_Type, &words, &PyFrozenSet_Type, &members)
        || members_table_of(members) < 0)
        return NULL;
    const MembersTable *table = &members_table;
    if (table->count == 0)
        return PyLong_FromLong(0);
    unsigned char *found = PyMem_Calloc((size_t)table->count, 1);
    if (found == NULL)
        return PyErr_NoMemory();
    Py_ssize_t held = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(words) && held < table->count; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        Py_hash_t hash = PyUnicode_CheckExact(word) ? ((PyASCIIObject *)word)->hash : -1;
        if (hash == -1 && (hash = PyObject_Hash(word)) == -1)
            goto error;
        for (size_t slot = (size_t)hash & table->mask; table->member[slot] != NULL; slot = (slot + 1) & table->mask) {
            if (table->hash[slot] != hash || found[table->index[slot]])
                continue;
            Py_INCREF(word);  /* (a comparison may run Python code that drops the list's item) */
            const int equal = table->member[slot] == word ? 1
                              : PyObject_RichCompareBool(table->member[slot], word, Py_EQ);
            Py_DECREF(word);
            if (equal < 0)
                goto error;
            if (equal) {
                found[table->index[slot]] = 1;
                held++;
                break;
            }
        }
    }
    PyMem_Free(found);
    return PyLong_FromSsize_t(held);
error:
    PyMem_Free(found);
    return NULL;
}

/* ---- 30c: a paragraph's photo cues, found in C ---- */
/* caption_cue_positions(text) -> list[int]
 *     captions._python_cue_positions (its twin; tests/test_native_caption_cues.py compares them): where the photo
 *     cues of text start, in order: each '(' that captions._PAREN_CUE matches at, and each 'pictured' or 'file ' that
 *     captions._WORD_CUE matches at outside those brackets. caption_seams asked it through captions._CuePositions, a
 *     Python call of about 50,000 instructions a paragraph (its regular expressions, str.find loops and sorts). */

static inline int
caption_cue_word_char(Py_UCS4 ch)  /* \w of Python's re */
{
    return ch == '_' || extraction_alnum(ch);
}

/* whether the ASCII literal stands in the n characters of data at at */
static int
caption_cue_literal(int kind, const void *data, Py_ssize_t n, Py_ssize_t at, const char *literal)
{
    for (; *literal; literal++, at++)
        if (at >= n || PyUnicode_READ(kind, data, at) != (Py_UCS4)(unsigned char)*literal)
            return 0;
    return 1;
}

/* where captions._PAREN_CUE's match at the '(' at at ends, or -1: a word of the brackets, after '(' or a character
 * outside \w, at most 16 characters in, outside \w after it, then at most 12 characters to the first ')' (no '('
 * or ')' on the way) */
static Py_ssize_t
caption_paren_cue(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    static const char *const words[] = {"left", "right", "centre", "center", "pictured", "above", "below", "inset",
                                        "L-R"};
    const Py_ssize_t reach = at + 1 + 16 + 8 + 12;  /* the furthest ')' a match may end at (8: the longest word) */
    Py_ssize_t close = at + 1;
    for (; close < n && close <= reach; close++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, close);
        if (ch == '(' || ch == ')')
            break;
    }
    if (close >= n || close > reach || PyUnicode_READ(kind, data, close) != ')')
        return -1;
    for (Py_ssize_t k = at + 1; k <= at + 17 && k < close; k++) {
        if (k > at + 1 && caption_cue_word_char(PyUnicode_READ(kind, data, k - 1)))
            continue;  /* \b before the word (its first character is in \w) */
        for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
            const Py_ssize_t end = k + (Py_ssize_t)strlen(words[w]);
            if (end <= close && close - end <= 12 && caption_cue_literal(kind, data, n, k, words[w])
                    && !caption_cue_word_char(PyUnicode_READ(kind, data, end)))
                return close + 1;
        }
    }
    return -1;
}

/* whether captions._WORD_CUE matches at at: no letter ([^\W\d_]) before it, 'pictured' or 'file photo', 'file
 * picture', 'file image', then no \w */
static int
caption_word_cue(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    if (at > 0) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, at - 1);
        if (ch < 128 ? ('a' <= ch && ch <= 'z') || ('A' <= ch && ch <= 'Z')
                     : Py_UNICODE_ISALNUM(ch) && !Py_UNICODE_ISDECIMAL(ch))
            return 0;
    }
    static const char *const words[] = {"pictured", "file photo", "file picture", "file image"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        const Py_ssize_t end = at + (Py_ssize_t)strlen(words[w]);
        if (caption_cue_literal(kind, data, n, at, words[w])
                && (end == n || !caption_cue_word_char(PyUnicode_READ(kind, data, end))))
            return 1;
    }
    return 0;
}

typedef struct {
    Py_ssize_t *at;
    Py_ssize_t count, room;
} CaptionCueList;

/* at appended to list; -1: no memory */
static int
caption_cue_add(CaptionCueList *list, Py_ssize_t at)
{
    if (list->count == list->room) {
        const Py_ssize_t room = list->room ? 2 * list->room : 16;
        Py_ssize_t *grown = PyMem_Resize(list->at, Py_ssize_t, room);
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        list->at = grown;
        list->room = room;
    }
    list->at[list->count++] = at;
    return 0;
}

/* the places of needle in text (overlaps included) where caption_word_cue holds, added to words; -1: an error */
static int
caption_word_cues(PyObject *text, PyObject *needle, CaptionCueList *words)
{
    STR_CHARS(text);
    for (Py_ssize_t at = PyUnicode_Find(text, needle, 0, n, 1); at != -1;
         at = PyUnicode_Find(text, needle, at + 1, n, 1)) {
        if (at == -2 || (caption_word_cue(kind, data, n, at) && caption_cue_add(words, at) < 0))
            return -1;
    }
    return 0;
}

static int
caption_position_order(const void *a, const void *b)
{
    const Py_ssize_t x = *(const Py_ssize_t *)a, y = *(const Py_ssize_t *)b;
    return (x > y) - (x < y);
}

static PyObject *
caption_cue_positions(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "caption_cue_positions");
    static PyObject *needles[2];  /* 'pictured', 'file ' (captions._WORD_CUE_STARTS) */
    if (needles[0] == NULL && ((needles[0] = PyUnicode_InternFromString("pictured")) == NULL
                               || (needles[1] = PyUnicode_InternFromString("file ")) == NULL))
        return NULL;
    STR_CHARS(text);
    CaptionCueList brackets = {NULL, 0, 0}, ends = {NULL, 0, 0}, words = {NULL, 0, 0};
    PyObject *found = NULL;
    for (Py_ssize_t at = PyUnicode_FindChar(text, '(', 0, n, 1); at != -1;
         at = PyUnicode_FindChar(text, '(', at + 1, n, 1)) {
        if (at == -2)
            goto done;
        const Py_ssize_t end = caption_paren_cue(kind, data, n, at);
        if (end >= 0 && (caption_cue_add(&brackets, at) < 0 || caption_cue_add(&ends, end) < 0))
            goto done;
    }
    if (caption_word_cues(text, needles[0], &words) < 0 || caption_word_cues(text, needles[1], &words) < 0)
        goto done;
    if (words.count > 1)
        qsort(words.at, (size_t)words.count, sizeof *words.at, caption_position_order);
    if ((found = PyList_New(0)) == NULL)
        goto done;
    /* the brackets' starts and the words outside them, in order (no two brackets overlap: each ends at the first ')') */
    for (Py_ssize_t b = 0, w = 0, k = 0; b < brackets.count || w < words.count;) {
        Py_ssize_t at;
        if (w < words.count && (b == brackets.count || words.at[w] < brackets.at[b])) {
            at = words.at[w++];
            while (k < ends.count && ends.at[k] <= at)
                k++;
            if (k < brackets.count && brackets.at[k] <= at)
                continue;  /* inside a bracket */
        }
        else
            at = brackets.at[b++];
        if (append_new(found, PyLong_FromSsize_t(at)) < 0) {
            Py_CLEAR(found);
            break;
        }
    }
done:
    PyMem_Free(brackets.at);
    PyMem_Free(ends.at);
    PyMem_Free(words.at);
    return found;
}

/* ---- 31c: the last quotation mark opened after a space ---- */
/* last_opening(text, start, end) -> int
 *     run_in._python_last_opening (its twin; tests/rules/test_run_in_last_opening.py compares them): where the last
 *     of text[start:end]'s spaces that an opening mark (' ‘ " “) follows inside that stretch stands, or -1, as
 *     _UP_TO_LAST_OPENING.match(text, start, end) finds it (start and end clamped as re clamps pos and endpos). A
 *     backward scan from end; a one-byte str read eight bytes at a time back to the last ' or " (‘ and “ are beyond
 *     its bytes), where the regex's greedy .* ran to end and tried the pair at each character on its way back. */
static int
opening_mark(Py_UCS4 ch)
{
    return ch == '\'' || ch == '"' || ch == 0x2018 || ch == 0x201C;
}

static PyObject *
last_opening(PyObject *module, PyObject *const *args, Py_ssize_t nargs)  /* METH_FASTCALL: no tuple to parse */
{
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyLong_Check(args[1]) || !PyLong_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "last_opening(text, start, end): a str and two ints");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t start = PyLong_AsSsize_t(args[1]), end = PyLong_AsSsize_t(args[2]);
    if ((start == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    STR_CHARS(text);
    start = start < 0 ? 0 : start > n ? n : start;
    end = end < 0 ? 0 : end > n ? n : end;
    Py_ssize_t mark = end - 1;  /* the mark after the space; the space at mark - 1, no earlier than start */
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_clzll) */
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *bytes = (const Py_UCS1 *)data;
        const uint64_t ones = ~(uint64_t)0 / 255;
        while (mark > start) {
            if (mark - 8 < start) {  /* fewer than eight bytes left: one by one */
                for (; mark > start; mark--)
                    if ((bytes[mark] == '\'' || bytes[mark] == '"') && bytes[mark - 1] == ' ')
                        return PyLong_FromSsize_t(mark - 1);
                break;
            }
            uint64_t x;
            memcpy(&x, bytes + mark - 7, 8);  /* bytes[mark - 7:mark + 1], the last highest */
            for (uint64_t marks = bytes_equal(x, ones * '\'') | bytes_equal(x, ones * '"'); marks;) {
                const int top = 63 - __builtin_clzll(marks);  /* the last mark among them: its byte's high bit */
                const Py_ssize_t at = mark - 7 + (top >> 3);
                if (at > start && bytes[at - 1] == ' ')
                    return PyLong_FromSsize_t(at - 1);
                marks &= ~((uint64_t)1 << top);
            }
            mark -= 8;
        }
        return PyLong_FromSsize_t(-1);
    }
#endif
    for (; mark > start; mark--)
        if (opening_mark(PyUnicode_READ(kind, data, mark)) && PyUnicode_READ(kind, data, mark - 1) == ' ')
            return PyLong_FromSsize_t(mark - 1);
    return PyLong_FromSsize_t(-1);
}

/* ---- 38d: NL317's captions that repeat a sentence of the story ---- */
/* echoed_seams(text, shapes) -> list of int
 *     run_in._python_echoed_seams (its twin; tests/rules/test_run_in_echoes.py compares them): the spaces of text
 *     after which a capital follows (or an opening quote ' ‘ " “ and a capital) and before which stand, led by a
 *     space, the last `words` words of a sentence that ends elsewhere in text with its stop ([.!?], closing marks
 *     ['’")”]*, then white space, as run_in._SENTENCE_STOP finds it), those words holding `chars` characters or more
 *     (the spaces between them counted) and ending in [a-z0-9%)], for any (words, chars) pair of `shapes` (a tuple of
 *     one to ECHO_SHAPES pairs, each at least 1); in order, each once. Each stop's words hashed by their last `chars`
 *     characters, each such space's by the `chars` before it (every shape's from one backward pass), and compared
 *     where the hashes meet: one pass over the text for all the shapes (42e: NL317 asked it once per shape), where a
 *     search of the page for each stop's words read it once per stop. */
#define ECHO_SHAPES 4

typedef struct {
    Py_ssize_t words, chars;
} EchoShape;

static int
echo_after(Py_UCS4 ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '%' || ch == ')';
}

static int
echo_closing(Py_UCS4 ch)
{
    return ch == '\'' || ch == 0x2019 || ch == '"' || ch == 0x201D || ch == ')';
}

/* hashes[s] for each of the k shapes whose chars are `end` or fewer: the hash of the last shapes[s].chars characters
 * before end, all from one pass back from end over `longest` characters at most */
static void
echo_hashes(int kind, const void *data, Py_ssize_t end, const EchoShape *shapes, int k, Py_ssize_t longest,
            uint64_t *hashes)
{
    uint64_t h = 1469598103934665603ULL;
    for (Py_ssize_t c = 1; c <= longest && c <= end; c++) {
        h = (h ^ (uint64_t)PyUnicode_READ(kind, data, end - c)) * 1099511628211ULL;
        for (int s = 0; s < k; s++)
            if (shapes[s].chars == c)
                hashes[s] = h;
    }
}

/* the last `chars` characters before end (three at most, end of them or more) mixed into a bit of an ECHO_PRINT_BITS
 * table: a space before a capital is hashed for the shapes only where a stop's words set its bit (most set none) */
#define ECHO_PRINT_BITS 14

static inline uint32_t
echo_print(int kind, const void *data, Py_ssize_t end, Py_ssize_t chars)
{
    uint32_t h = 0;
    for (Py_ssize_t c = 1; c <= chars && c <= 3; c++)
        h = (h ^ (uint32_t)PyUnicode_READ(kind, data, end - c)) * 0x9E3779B1u;
    return h >> (32 - ECHO_PRINT_BITS);
}

/* Bit 7 of each of the 8 bytes of x that echo_next stops at in a one-byte str: a capital A-Z, a mark from '!' to '.'
 * (the stops '!' and '.', the quotes '"' and '\'', and others passed over) or '?' */
static inline uint64_t
echo_bytes(uint64_t x)
{
    const uint64_t ones = ~(uint64_t)0 / 255, x7 = x & (ones * 127), ask = x7 ^ (ones * '?');
    return (((ones * (127 + '.' + 1) - x7) & (x7 + ones * (127 - '!' + 1))) | ~((ask & (ones * 127)) + ones * 127)
            | extraction_capital_bytes(x)) & ~x & (ones * 128);
}

static inline int
echo_byte(Py_UCS4 b)
{
    return (b >= '!' && b <= '.') || b == '?' || (b >= 'A' && b <= 'Z');
}

/* the next index from i of text (its kind and data, n characters) holding a stop ('.', '!', '?') or a space before a
 * capital or an opening quote (' ‘ " “), or n: a loop per kind of str, each character first compared with '?' (letters
 * and most marks stand above all four); a one-byte str passed over eight bytes at a time to the next capital, stop or
 * quote (echo_bytes; 42e: spaces, a character in six, are no place to stop a scan at) */
static Py_ssize_t
echo_next(int kind, const void *data, Py_ssize_t i, Py_ssize_t n)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *chars = (const Py_UCS1 *)data;
        if (i >= n || chars[i] == '.' || chars[i] == '!' || chars[i] == '?')
            return i < n ? i : n;
        for (Py_ssize_t j = extraction_next_byte(chars, i + 1, n, echo_bytes, echo_byte); j < n;
             j = extraction_next_byte(chars, j + 1, n, echo_bytes, echo_byte)) {
            const Py_UCS1 ch = chars[j];
            if (ch == '.' || ch == '!' || ch == '?')
                return j;
            if (chars[j - 1] == ' ' && ((ch >= 'A' && ch <= 'Z') || ch == '\'' || ch == '"'))
                return j - 1;
        }
        return n;
    }
#define ECHO_NEXT(T)                                                                                                   \
    {                                                                                                                  \
        const T *chars = (const T *)data;                                                                              \
        for (; i < n; i++) {                                                                                           \
            const Py_UCS4 ch = chars[i];                                                                               \
            if (ch > '?')                                                                                              \
                continue;                                                                                              \
            if (ch == '.' || ch == '!' || ch == '?')                                                                   \
                return i;                                                                                              \
            if (ch == ' ' && i + 1 < n) {                                                                              \
                const Py_UCS4 next = chars[i + 1];                                                                     \
                if ((next >= 'A' && next <= 'Z') || next == '\'' || next == '"' || next == 0x2018 || next == 0x201C) \
                    return i;                                                                                          \
            }                                                                                                          \
        }                                                                                                              \
        return n;                                                                                                      \
    }
    if (kind == PyUnicode_1BYTE_KIND)
        ECHO_NEXT(Py_UCS1)
    if (kind == PyUnicode_2BYTE_KIND)
        ECHO_NEXT(Py_UCS2)
    ECHO_NEXT(Py_UCS4)
#undef ECHO_NEXT
}

typedef struct {
    Py_ssize_t start, end;  /* a stop's words: the space before them, and the stop */
    uint64_t hash;          /* of their last `chars` characters (echo_hashes) */
    int shape;              /* the index of the shape they were taken for */
} EchoStop;

/* room for one more item in a growing array of *room items (count of them used); 0 where memory ran out */
static int
echo_room(void **items, size_t size, Py_ssize_t count, Py_ssize_t *room)
{
    if (count < *room)
        return 1;
    void *more = PyMem_Realloc(*items, (size_t)(*room * 2) * size);
    if (more == NULL)
        return 0;
    *items = more;
    *room *= 2;
    return 1;
}

/* the shapes of echoed_seams's second argument into shapes (their number, or -1 with an exception set) */
static int
echo_shapes(PyObject *arg, EchoShape *shapes)
{
    const Py_ssize_t k = PyTuple_Check(arg) ? PyTuple_GET_SIZE(arg) : 0;
    if (k < 1 || k > ECHO_SHAPES) {
        PyErr_SetString(PyExc_TypeError, "echoed_seams(text, shapes): a tuple of one to four (words, chars) pairs");
        return -1;
    }
    for (Py_ssize_t s = 0; s < k; s++) {
        PyObject *pair = PyTuple_GET_ITEM(arg, s);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_SetString(PyExc_TypeError, "echoed_seams(text, shapes): each shape a (words, chars) pair");
            return -1;
        }
        shapes[s].words = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 0));
        shapes[s].chars = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 1));
        if ((shapes[s].words == -1 || shapes[s].chars == -1) && PyErr_Occurred())
            return -1;
        if (shapes[s].words < 1 || shapes[s].chars < 1) {
            PyErr_SetString(PyExc_ValueError, "echoed_seams(text, shapes): words and chars of 1 or more");
            return -1;
        }
    }
    return (int)k;
}

static PyObject *
echoed_seams(PyObject *module, PyObject *const *args, Py_ssize_t nargs)  /* METH_FASTCALL */
{
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "echoed_seams(text, shapes): a str and a tuple of (words, chars) pairs");
        return NULL;
    }
    EchoShape shapes[ECHO_SHAPES];
    const int k = echo_shapes(args[1], shapes);
    if (k < 0)
        return NULL;
    PyObject *text = args[0];
    Py_ssize_t fewest = shapes[0].chars, longest = 0, most_words = 0;
    for (int s = 0; s < k; s++) {
        fewest = shapes[s].chars < fewest ? shapes[s].chars : fewest;
        longest = shapes[s].chars > longest ? shapes[s].chars : longest;
        most_words = shapes[s].words > most_words ? shapes[s].words : most_words;
    }
    STR_CHARS(text);
    PyObject *found = PyList_New(0);
    if (found == NULL || n < fewest + 2)
        return found;
    /* one pass: the stops' words (for each shape they hold, the space before them, the stop and the hash of their
     * last `chars` characters) and the spaces before a capital (or an opening quote and a capital), after a
     * character of [a-z0-9%)] */
    Py_ssize_t count = 0, room = 16, spaces = 0, space_room = 64, *table = NULL;
    uint64_t prints[(1 << ECHO_PRINT_BITS) / 64] = {0};  /* the stops' last characters (echo_print) */
    EchoStop *stops = PyMem_Malloc(room * sizeof(EchoStop));
    Py_ssize_t *seams = PyMem_Malloc(space_room * sizeof(Py_ssize_t));
    if (stops == NULL || seams == NULL)
        goto nomemory;
    for (Py_ssize_t at = echo_next(kind, data, fewest, n); at < n; at = echo_next(kind, data, at + 1, n)) {
        if (!echo_after(PyUnicode_READ(kind, data, at - 1)))
            continue;
        if (PyUnicode_READ(kind, data, at) == ' ') {  /* (a capital or an opening quote after it, echo_next) */
            Py_UCS4 next = PyUnicode_READ(kind, data, at + 1);
            if ((next == '\'' || next == 0x2018 || next == '"' || next == 0x201C) && at + 2 < n)
                next = PyUnicode_READ(kind, data, at + 2);
            if (next >= 'A' && next <= 'Z') {
                if (!echo_room((void **)&seams, sizeof(Py_ssize_t), spaces, &space_room))
                    goto nomemory;
                seams[spaces++] = at;
            }
            continue;
        }
        Py_ssize_t after = at + 1;  /* a stop: closing marks, then white space */
        while (after < n && echo_closing(PyUnicode_READ(kind, data, after)))
            after++;
        if (after >= n || !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, after)))
            continue;
        Py_ssize_t back[ECHO_SHAPES] = {0}, start = at, left = most_words;  /* the space before each shape's words */
        uint64_t hashes[ECHO_SHAPES];
        while (left > 0 && --start >= 0)
            if (PyUnicode_READ(kind, data, start) == ' ') {
                left--;
                for (int s = 0; s < k; s++)
                    if (shapes[s].words == most_words - left)
                        back[s] = start;
            }
        int hashed = 0;
        for (int s = 0; s < k; s++) {
            if (most_words - left < shapes[s].words || at - back[s] - 1 < shapes[s].chars)
                continue;
            if (!hashed) {
                echo_hashes(kind, data, at, shapes, k, longest, hashes);
                const uint32_t print = echo_print(kind, data, at, fewest);
                prints[print >> 6] |= (uint64_t)1 << (print & 63);
                hashed = 1;
            }
            if (!echo_room((void **)&stops, sizeof(EchoStop), count, &room))
                goto nomemory;
            stops[count].start = back[s];
            stops[count].end = at;
            stops[count].shape = s;
            stops[count++].hash = hashes[s];
        }
    }
    if (count == 0 || spaces == 0)
        goto done;
    /* the stops by their hashes: an open table, twice their number of slots or more, each an index + 1 (0: empty) */
    Py_ssize_t size = 16;
    while (size < 2 * count)
        size *= 2;
    table = PyMem_Calloc(size, sizeof(Py_ssize_t));
    if (table == NULL)
        goto nomemory;
    for (Py_ssize_t j = 0; j < count; j++) {
        Py_ssize_t slot = (Py_ssize_t)(stops[j].hash & (uint64_t)(size - 1));
        while (table[slot])
            slot = (slot + 1) & (size - 1);
        table[slot] = j + 1;
    }
    /* each space before a capital: the characters before it hashed for every shape, compared with the stops' words
     * there; the space taken once, where any shape's words stand before it */
    for (Py_ssize_t j = 0; j < spaces; j++) {
        const Py_ssize_t s = seams[j];
        if (s < fewest)
            continue;  /* (too few characters before it for any shape) */
        const uint32_t print = echo_print(kind, data, s, fewest);
        if (!(prints[print >> 6] >> (print & 63) & 1))
            continue;  /* (most spaces: no stop's words end as they do) */
        uint64_t hashes[ECHO_SHAPES];
        echo_hashes(kind, data, s, shapes, k, longest, hashes);
        int echoed = 0;
        for (int shape = 0; shape < k && !echoed; shape++) {
            if (shapes[shape].chars > s)
                continue;  /* (no hash: too few characters before the space) */
            const uint64_t h = hashes[shape];
            for (Py_ssize_t slot = (Py_ssize_t)(h & (uint64_t)(size - 1)); table[slot]; slot = (slot + 1) & (size - 1)) {
                const EchoStop *stop = &stops[table[slot] - 1];
                const Py_ssize_t length = stop->end - stop->start;
                if (stop->hash != h || stop->shape != shape || length > s)
                    continue;
                Py_ssize_t i = 0;
                while (i < length && PyUnicode_READ(kind, data, s - length + i) == PyUnicode_READ(kind, data, stop->start + i))
                    i++;
                if (i == length) {
                    echoed = 1;
                    break;
                }
            }
        }
        if (echoed) {
            PyObject *place = PyLong_FromSsize_t(s);
            if (place == NULL || PyList_Append(found, place) < 0) {
                Py_XDECREF(place);
                goto fail;
            }
            Py_DECREF(place);
        }
    }
done:
    PyMem_Free(stops);
    PyMem_Free(seams);
    PyMem_Free(table);
    return found;
nomemory:
    PyErr_NoMemory();
fail:
    PyMem_Free(stops);
    PyMem_Free(seams);
    PyMem_Free(table);
    Py_DECREF(found);
    return NULL;
}

/* ---- 42e: NL317's captions of a name and a present-tense verb, where they may start ---- */
/* named_verb_starts(text, spaces) -> list of int
 *     run_in._python_named_verb_starts (its twin; tests/rules/test_picture_marks_run_in.py compares them): the start
 *     of each piece of text.split(". ") after the first that opens with a capital A-Z, whose first word (its second
 *     to ninth, split at each space) neither opening with a capital nor one of the links 'of', 'de', 'van', 'and' has
 *     a verb's shape (named_verb_subject), and that holds `spaces` spaces or more; in order. Each ". " found by memchr of its
 *     '.' in a one-byte str, and only such a piece's words read: the split and its counts read every character. */
static Py_ssize_t
named_verb_stop(int kind, const void *data, Py_ssize_t i, Py_ssize_t n)  /* the next ". " from i, or n */
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *chars = (const Py_UCS1 *)data;
        while (i + 1 < n) {
            const Py_UCS1 *dot = memchr(chars + i, '.', (size_t)(n - 1 - i));
            if (dot == NULL)
                return n;
            i = dot - chars;
            if (chars[i + 1] == ' ')
                return i;
            i++;
        }
        return n;
    }
#define NAMED_VERB_STOP(T)                                                                                             \
    {                                                                                                                  \
        const T *chars = (const T *)data;                                                                              \
        for (; i + 1 < n; i++)                                                                                         \
            if (chars[i] == '.' && chars[i + 1] == ' ')                                                                \
                return i;                                                                                              \
        return n;                                                                                                      \
    }
    if (kind == PyUnicode_2BYTE_KIND) {
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_ctzll) */
        const Py_UCS2 *chars = (const Py_UCS2 *)data;  /* to the next '.', four characters at a time */
        const uint64_t ones = ~(uint64_t)0 / 0xFFFF, dots = ones * '.';
        while (i + 5 <= n) {
            uint64_t x;
            memcpy(&x, chars + i, 8);
            const uint64_t v = x ^ dots, found = (v - ones) & ~v & (ones << 15);
            if (!found) {
                i += 4;
                continue;
            }
            i += __builtin_ctzll(found) >> 4;
            if (chars[i + 1] == ' ')
                return i;
            i++;
        }
#endif
        NAMED_VERB_STOP(Py_UCS2)
    }
    NAMED_VERB_STOP(Py_UCS4)
#undef NAMED_VERB_STOP
}

/* whether text[start:end] (its words split at each space) opens with a capital A-Z and its first word from the second
 * to the ninth that opens with no capital and is no link ('of', 'de', 'van', 'and') opens with a-z, holds four
 * characters or more and ends with 's', not 'ss', 'us', 'is' or a possessive's ''s' or '’s' (a verb's shape) */
static int
named_verb_subject(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (start >= end || !extraction_upper(PyUnicode_READ(kind, data, start)))
        return 0;
    Py_ssize_t i = start;
    for (int word = 1; word < 9; word++) {
        while (i < end && PyUnicode_READ(kind, data, i) != ' ')
            i++;
        if (i >= end)
            return 0;
        const Py_ssize_t first = ++i;
        while (i < end && PyUnicode_READ(kind, data, i) != ' ')
            i++;
        const Py_ssize_t length = i - first;
        const Py_UCS4 ch = length ? PyUnicode_READ(kind, data, first) : 0;
        if (extraction_upper(ch))
            continue;
        const Py_UCS4 second = length > 1 ? PyUnicode_READ(kind, data, first + 1) : 0;
        const Py_UCS4 third = length > 2 ? PyUnicode_READ(kind, data, first + 2) : 0;
        if ((length == 2 && ((ch == 'o' && second == 'f') || (ch == 'd' && second == 'e')))
            || (length == 3 && ((ch == 'v' && second == 'a' && third == 'n') || (ch == 'a' && second == 'n' && third == 'd'))))
            continue;
        if (!extraction_lower(ch) || length < 4 || PyUnicode_READ(kind, data, i - 1) != 's')
            return 0;
        const Py_UCS4 before = PyUnicode_READ(kind, data, i - 2);
        return before != 's' && before != 'u' && before != 'i' && before != '\'' && before != 0x2019;
    }
    return 0;
}

static PyObject *
named_verb_starts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)  /* METH_FASTCALL */
{
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "named_verb_starts(text, spaces): a str and an int");
        return NULL;
    }
    PyObject *text = args[0];
    const Py_ssize_t spaces = PyLong_AsSsize_t(args[1]);
    if (spaces == -1 && PyErr_Occurred())
        return NULL;
    STR_CHARS(text);
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    Py_ssize_t start = named_verb_stop(kind, data, 0, n);
    while (start < n) {
        start += 2;  /* the piece after a ". " */
        const Py_ssize_t end = named_verb_stop(kind, data, start, n);
        if (named_verb_subject(kind, data, start, end)) {
            Py_ssize_t count = 0;
            for (Py_ssize_t i = start; i < end && count < spaces; i++)
                count += PyUnicode_READ(kind, data, i) == ' ';
            if (count >= spaces) {
                PyObject *place = PyLong_FromSsize_t(start);
                if (place == NULL || PyList_Append(found, place) < 0) {
                    Py_XDECREF(place);
                    Py_DECREF(found);
                    return NULL;
                }
                Py_DECREF(place);
            }
        }
        start = end;
    }
    return found;
}

/* ---- 34a: NL317's run-in cues of a paragraph, their places ---- */
/* run_in_cue_starts(text, phrases, months) -> list of int, or None
 *     Where each match of run_in._RUN_IN_CUES starts in text, as RE2 finds them one after another (run_in's
 *     _run_in_cue_spans: leftmost-first, each search from the end of the last match): [a-z0-9%)] before a space, or
 *     [a-z] and a closing quote ['’"”] before it, then a phrase of run_in._CUE_PHRASES whose cues hold bit 1 (as
 *     run_in_cues reads them, block 28c). Where phrases of two kinds match at one space, the pattern's first
 *     alternative ends the match (a space and [a-z] before ', ': 'In a' of 'In addition, a'). None where a year's
 *     digit stands beyond ASCII (RE2's tables judge \p{Nd}). One pass over the characters: the per-paragraph RE2
 *     search read the paragraph's UTF-8, made again for it. */
#define RUN_IN_FLAT_CUE 2  /* the bit of run_in._RUN_IN_CUES among a phrase's cues */

/* the character at at of text (0 past its end) */
static inline Py_UCS4
cue_char_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    return at < n ? PyUnicode_READ(kind, data, at) : 0;
}

/* where the match of a phrase with bit 1 after the space s ends (0: none there; -1: a digit beyond ASCII) */
static Py_ssize_t
run_in_cue_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t s)
{
    const Py_UCS4 first = cue_char_at(kind, data, n, s + 1), second = cue_char_at(kind, data, n, s + 2);
    int e = run_in_phrases.head[first < 128 ? (int)first : 0][second & 31];
    const uint64_t packed = run_in_packed(kind, data, n, s + 1);
    Py_ssize_t comma = 0, year = 0;  /* the ends of a matching phrase of the later alternatives */
    for (; e >= 0; e = run_in_phrases.next[e]) {
        if (!(run_in_phrases.cues[e] & RUN_IN_FLAT_CUE)
                || (packed & run_in_phrases.prefix_mask[e]) != run_in_phrases.prefix[e])
            continue;
        PyObject *literal = run_in_phrases.literal[e];
        if (!run_in_phrases.exact[e] && !run_in_holds(kind, data, n, s + 1, literal))
            continue;
        const Py_ssize_t p = s + 1 + PyUnicode_GET_LENGTH(literal);
        const Py_UCS4 next = cue_char_at(kind, data, n, p), after = cue_char_at(kind, data, n, p + 1);
        switch (run_in_phrases.follow[e]) {
        case RUN_IN_LOWER:
            if (next == ' ' && after >= 'a' && after <= 'z')
                return p + 2;  /* the first alternatives: no other ends this match */
            break;
        case RUN_IN_COMMA:
            if (next == ',' && after == ' ')
                comma = p + 2;
            break;
        case RUN_IN_YEAR: {
            if (next != ' ')
                break;
            int on = run_in_year(kind, data, n, p + 1);
            Py_ssize_t at = p + 1;
            for (Py_ssize_t m = 0; m < PyTuple_GET_SIZE(run_in_phrases.months) && !on; m++) {
                PyObject *month = PyTuple_GET_ITEM(run_in_phrases.months, m);
                at = p + 1 + PyUnicode_GET_LENGTH(month);
                if (run_in_holds(kind, data, n, p + 1, month) && cue_char_at(kind, data, n, at) == ' ')
                    on = run_in_year(kind, data, n, ++at);
            }
            if (on < 0)
                return -1;
            if (on)
                year = at + 7;  /* the year, ', ' and [a-z] */
            break;
        }
        default:
            break;
        }
    }
    return comma ? comma : year;
}

/* the cue that may start before the space s asked, where a phrase's entries start after it: its start appended to
 * starts unless the last match, which ended at *done, holds it; 0, or 1 where a year's digit stands beyond ASCII, -1
 * an error */
static int
run_in_cue_start_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t s, Py_ssize_t *done, PyObject *starts)
{
    const Py_UCS4 before = PyUnicode_READ(kind, data, s - 1);
    Py_ssize_t start = s - 1;
    if (!((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '%' || before == ')')) {
        const Py_UCS4 letter = s > 1 ? PyUnicode_READ(kind, data, s - 2) : 0;
        if (!((before == '\'' || before == 0x2019 || before == '"' || before == 0x201D) && letter >= 'a'
              && letter <= 'z'))
            return 0;
        start = s - 2;
    }
    if (start < *done)
        return 0;
    const Py_ssize_t end = run_in_cue_end(kind, data, n, s);
    if (end <= 0)
        return end < 0;
    if (append_new(starts, PyLong_FromSsize_t(start)) < 0)
        return -1;
    *done = end;
    return 0;
}

/* the space s of a str of type TYPE asked where a phrase's entries start after it (most spaces: none; not the first
 * character, before which no cue ends) */
#define CUE_STARTS_SPACE(TYPE, s) do {                                                                 \
        const TYPE *chars_ = (const TYPE *)data;                                                      \
        const Py_UCS4 first_ = chars_[(s) + 1];                                                       \
        if ((s) == 0 || run_in_phrases.head[first_ < 128 ? (int)first_ : 0][chars_[(s) + 2] & 31] < 0) \
            break;                                                                                    \
        const int asked = run_in_cue_start_at(kind, data, n, (s), &done, starts);                     \
        if (asked != 0) {                                                                             \
            Py_DECREF(starts);                                                                        \
            if (asked < 0)                                                                            \
                return NULL;                                                                          \
            Py_RETURN_NONE;                                                                           \
        }                                                                                             \
    } while (0)

static PyObject *
run_in_cue_starts(PyObject *module, PyObject *args)
{
    PyObject *text = run_in_indexed_text(args, "run_in_cue_starts");
    if (text == NULL)
        return NULL;
    STR_CHARS(text);
    PyObject *starts = PyList_New(0);
    if (starts == NULL)
        return NULL;
    Py_ssize_t done = 0;  /* the end of the last match: the next starts there or later */
    RUN_IN_EACH_SPACE(1, CUE_STARTS_SPACE);
    return starts;
}
#undef CUE_STARTS_SPACE
#undef RUN_IN_FLAT_CUE

/* ---- 35a: the lowered word before a caption seam, its memberships by one look-up ---- */
/* caption_features_of asked five sets of lowered words (into_name, title_nouns, time_words, weekdays, modifiers) and
 * two strs ("video", "videos") about the same lowered word before each seam: six or seven look-ups of one str, 2.6 k
 * instructions a candidate with its other tests. The word's memberships are one dict's value instead, made once from
 * the five sets (the dict is kept for the sets last given, references held: frozensets do not change); a look-up
 * in a dict answers as one in a set does (the key's hash, then equality). */
#define CAPTION_LOWERED_SETS 5
enum { CAPTION_LOWERED_VIDEO = 1 << CAPTION_LOWERED_SETS };  /* the word is "video" or "videos" */

static struct {
    PyObject *sets[CAPTION_LOWERED_SETS];  /* (references held) */
    PyObject *bits;                        /* word -> its bits: bit k where sets[k] holds it, CAPTION_LOWERED_VIDEO */
} caption_lowered_index;

/* word's bits in the dict bits OR'd with more (-1: an error) */
static int
caption_lowered_add(PyObject *bits, PyObject *word, long more)
{
    PyObject *had = PyDict_GetItemWithError(bits, word);
    if (had == NULL && PyErr_Occurred())
        return -1;
    PyObject *value = PyLong_FromLong(more | (had != NULL ? PyLong_AsLong(had) : 0));
    const int result = value == NULL ? -1 : PyDict_SetItem(bits, word, value);
    Py_XDECREF(value);
    return result;
}

/* the bits of lower (a str): bit k where sets[k] holds it, CAPTION_LOWERED_VIDEO where it is "video" or "videos";
 * -1: an error */
static int
caption_lowered_bits(PyObject *lower, PyObject *const sets[CAPTION_LOWERED_SETS])
{
    if (memcmp(caption_lowered_index.sets, sets, sizeof caption_lowered_index.sets) != 0) {  /* the dict made for these sets */
        Py_CLEAR(caption_lowered_index.bits);
        for (int k = 0; k < CAPTION_LOWERED_SETS; k++)
            Py_CLEAR(caption_lowered_index.sets[k]);
        PyObject *bits = PyDict_New();
        if (bits == NULL)
            return -1;
        for (int k = 0; k < CAPTION_LOWERED_SETS; k++) {
            PyObject *iterator = PyObject_GetIter(sets[k]), *word;
            if (iterator == NULL) {
                Py_DECREF(bits);
                return -1;
            }
            while ((word = PyIter_Next(iterator)) != NULL) {
                const int added = caption_lowered_add(bits, word, 1L << k);
                Py_DECREF(word);
                if (added < 0)
                    break;
            }
            Py_DECREF(iterator);
            if (PyErr_Occurred()) {
                Py_DECREF(bits);
                return -1;
            }
        }
        static const char *const videos[] = {"video", "videos"};
        for (int v = 0; v < 2; v++) {
            PyObject *word = PyUnicode_FromString(videos[v]);
            const int added = word == NULL ? -1 : caption_lowered_add(bits, word, CAPTION_LOWERED_VIDEO);
            Py_XDECREF(word);
            if (added < 0) {
                Py_DECREF(bits);
                return -1;
            }
        }
        for (int k = 0; k < CAPTION_LOWERED_SETS; k++) {
            Py_INCREF(sets[k]);
            caption_lowered_index.sets[k] = sets[k];
        }
        caption_lowered_index.bits = bits;
    }
    PyObject *found = PyDict_GetItemWithError(caption_lowered_index.bits, lower);
    if (found == NULL)
        return PyErr_Occurred() ? -1 : 0;
    return (int)PyLong_AsLong(found);
}

/* ---- 17l: caption seam candidates ---- */
/* The search for the candidate seams of newslint/captions.py (NL317's caption model), with its pure-Python twin there
 * (captions._candidate_fields; tests/test_native_captions.py compares them):
 *
 * caption_candidates(text, starters, pronouns, into_name, never_last, title_glue, name_links, min_paragraph,
 *                    min_stretch, min_first_stretch, min_run_words, min_first_run_words)
 *     -> list[tuple[tuple, int, int]]
 *     (fields, start, end) of each candidate seam of the paragraph text, in order: the fields of a captions.Candidate
 *     without its scans (those False), and the stretch it is in (between stops, captions._STOPS, long enough). The
 *     candidates are the matches of captions._SEAM there that the word-set filters keep (the six sets: captions'
 *     frozensets _STARTERS, _PRONOUNS, _INTO_NAME, _NEVER_LAST, _TITLE_GLUE, _NAME_LINKS).
 */

static inline int
caption_word_char(Py_UCS4 ch)  /* [\w'’-] of Python's re */
{
    return ch == '\'' || ch == 0x2019 || ch == '-' || ch == '_' || extraction_alnum(ch);
}

static inline int
caption_open_quote(Py_UCS4 ch)  /* ‘ ' " “: captions._QUOTES */
{
    return ch == '\'' || ch == '"' || ch == 0x2018 || ch == 0x201C;
}

static inline int
caption_close_quote(Py_UCS4 ch)  /* ' ’ " ”: captions._CLOSING_QUOTES */
{
    return ch == '\'' || ch == '"' || ch == 0x2019 || ch == 0x201D;
}

static inline int
caption_stop(Py_UCS4 ch)  /* captions._STOPS */
{
    return ch == '.' || ch == '!' || ch == '?' || ch == 0x2026 || ch == '\n';
}

static inline int
caption_token_char(Py_UCS4 ch)  /* a letter or digit, or one of captions._TOKEN_CHARS */
{
    return extraction_alnum(ch) || caption_close_quote(ch) || ch == 0x201C || ch == 0x2018 || ch == '%' || ch == ')'
        || ch == '-' || ch == '_';
}

/* where captions._word_before(text, start, end) starts: after the last space when that word is all letters and
 * digits, else back over letters, digits and token characters */
static Py_ssize_t
caption_word_start(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t from = end;
    while (from > start && PyUnicode_READ(kind, data, from - 1) != ' ')
        from--;
    int alnum = from < end;
    for (Py_ssize_t i = from; alnum && i < end; i++)
        alnum = extraction_alnum(PyUnicode_READ(kind, data, i));
    if (alnum)
        return from;
    Py_ssize_t at = end;
    while (at > start && caption_token_char(PyUnicode_READ(kind, data, at - 1)))
        at--;
    return at;
}

/* str.isupper of text[start:end] */
static int
caption_isupper(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    int cased = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISLOWER(ch) || Py_UNICODE_ISTITLE(ch))
            return 0;
        cased = cased || Py_UNICODE_ISUPPER(ch);
    }
    return cased;
}

/* whether the set holds text[start:end] (-1: an error): asked from its characters, narrowed to the kind its str would
 * have, where they are few (set_holds_chars, block 26d; 31c: a new str made, hashed and freed for each of the seam
 * filters' and features' look-ups), else by a new str */
static int
caption_holds(PyObject *set, PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    enum { SHORT = 32 };  /* characters asked from a buffer on the stack (the filters' words are shorter) */
    const Py_ssize_t length = end - start;
    if (length > 0 && length <= SHORT) {
        const int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        int held;
        if (kind == PyUnicode_1BYTE_KIND)
            held = set_holds_chars(set, kind, (const Py_UCS1 *)data + start, length);
        else {
            Py_UCS4 widest = 0;
            for (Py_ssize_t i = start; i < end; i++) {
                const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
                widest = ch > widest ? ch : widest;
            }
            Py_UCS1 narrow[SHORT];
            Py_UCS2 wide[SHORT];
            if (widest < 256) {
                for (Py_ssize_t i = 0; i < length; i++)
                    narrow[i] = (Py_UCS1)PyUnicode_READ(kind, data, start + i);
                held = set_holds_chars(set, PyUnicode_1BYTE_KIND, narrow, length);
            }
            else if (widest < 0x10000 && kind == PyUnicode_4BYTE_KIND) {
                for (Py_ssize_t i = 0; i < length; i++)
                    wide[i] = (Py_UCS2)PyUnicode_READ(kind, data, start + i);
                held = set_holds_chars(set, PyUnicode_2BYTE_KIND, wide, length);
            }
            else  /* the text's own kind is the part's */
                held = set_holds_chars(set, kind, (const char *)data + start * kind, length);
        }
        if (held >= 0)
            return held;
    }
    PyObject *part = PyUnicode_Substring(text, start, end);
    if (part == NULL)
        return -1;
    const int held = PySet_Contains(set, part);
    Py_DECREF(part);
    return held;
}

/* text[start:end].lower() (by hand for ASCII) */
static PyObject *
caption_lower(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_UCS4 any = 0;
    for (Py_ssize_t i = start; i < end; i++)
        any |= PyUnicode_READ(kind, data, i);
    if (any < 128) {
        PyObject *lower = PyUnicode_New(end - start, 127);
        if (lower == NULL)
            return NULL;
        Py_UCS1 *out = PyUnicode_1BYTE_DATA(lower);
        for (Py_ssize_t i = start; i < end; i++) {
            const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            out[i - start] = (Py_UCS1)('A' <= ch && ch <= 'Z' ? ch + 32 : ch);
        }
        return lower;
    }
    PyObject *part = PyUnicode_Substring(text, start, end);
    PyObject *lower = part == NULL ? NULL : PyObject_CallMethodObjArgs(part, lower_name, NULL);
    Py_XDECREF(part);
    return lower;
}

typedef struct {
    PyObject *starters, *pronouns, *into_name, *never_last, *title_glue, *name_links;
} CaptionSets;

/* a candidate seam of a paragraph by its offsets there: its fields become Python objects only where caption_seams
 * reports it (30c: 29d's notes, 5,096 candidates' tuples and strings built on the mix for 917 reported) */
typedef struct {
    Py_ssize_t seam, left, right, start, end;  /* start, end: its stretch */
    Py_ssize_t before_start, word_start, word_end, after_start, after_end, third_start, third_end, previous_start,
        previous_end;
    PyObject *lower;  /* text[before_start:seam].lower(), the filters' (a reference held) */
} CaptionRaw;

typedef struct {
    CaptionRaw *at;
    Py_ssize_t count, room;
} CaptionRaws;

static void
caption_raws_clear(CaptionRaws *raws)
{
    for (Py_ssize_t i = 0; i < raws->count; i++)
        Py_DECREF(raws->at[i].lower);
    PyMem_Free(raws->at);
    *raws = (CaptionRaws){NULL, 0, 0};
}

/* raw added to raws (its reference to lower taken); -1: no memory (the reference dropped) */
static int
caption_raws_add(CaptionRaws *raws, const CaptionRaw *raw)
{
    if (raws->count == raws->room) {
        const Py_ssize_t room = raws->room ? 2 * raws->room : 16;
        CaptionRaw *grown = PyMem_Resize(raws->at, CaptionRaw, room);
        if (grown == NULL) {
            Py_DECREF(raw->lower);
            PyErr_NoMemory();
            return -1;
        }
        raws->at = grown;
        raws->room = room;
    }
    raws->at[raws->count++] = *raw;
    return 0;
}

/* the characters start..end of a str: a whole str's, or a slice of the paragraph's (30c) */
typedef struct {
    PyObject *str;
    Py_ssize_t start, end;
} CaptionPart;

static inline Py_ssize_t
caption_part_length(CaptionPart part)
{
    return part.end - part.start;
}

static inline Py_UCS4
caption_part_char(CaptionPart part, Py_ssize_t i)  /* i from the part's start; a negative i from its end */
{
    return PyUnicode_READ_CHAR(part.str, i < 0 ? part.end + i : part.start + i);
}

static inline PyObject *
caption_part_str(CaptionPart part)  /* (the str itself where the part is whole) */
{
    return PyUnicode_Substring(part.str, part.start, part.end);
}

/* the fields of the candidate raw of text, a new 16-tuple: (seam, before, word, after, left, right, repeated,
 * lower_use, echo, echo_after, cue_before, cue_after, third, junction_twice, opens_sentence, previous), the flags
 * False, or as scanned gives them (the scans' flags in captions.SCANS order, then junction_twice) */
static PyObject *
caption_raw_fields(PyObject *text, const CaptionRaw *raw, const char *scanned)
{
    PyObject *fields = PyTuple_New(16);
    if (fields == NULL)
        return NULL;
    PyObject *const items[6] = {
        PyLong_FromSsize_t(raw->seam), PyUnicode_Substring(text, raw->before_start, raw->seam),
        PyUnicode_Substring(text, raw->word_start, raw->word_end),
        PyUnicode_Substring(text, raw->after_start, raw->after_end), PyLong_FromSsize_t(raw->left),
        PyLong_FromSsize_t(raw->right)};
    PyObject *const third = PyUnicode_Substring(text, raw->third_start, raw->third_end),
                    *previous = PyUnicode_Substring(text, raw->previous_start, raw->previous_end);
    for (int i = 0; i < 6; i++)
        PyTuple_SET_ITEM(fields, i, items[i]);
    PyTuple_SET_ITEM(fields, 12, third);
    PyTuple_SET_ITEM(fields, 15, previous);
    const int flag_of[16] = {-1, -1, -1, -1, -1, -1, 3, 2, 0, 4, 5, 6, -1, 7, 1, -1};  /* the flags' fields */
    for (int i = 0; i < 16; i++) {
        if (flag_of[i] < 0)
            continue;
        PyObject *flag = scanned != NULL && scanned[flag_of[i]] ? Py_True : Py_False;
        Py_INCREF(flag);
        PyTuple_SET_ITEM(fields, i, flag);
    }
    for (int i = 0; i < 16; i++)
        if (PyTuple_GET_ITEM(fields, i) == NULL) {  /* (a field that failed: no memory) */
            Py_DECREF(fields);
            return NULL;
        }
    return fields;
}

/* the candidates of the stretch text[start:end], which holds spaces spaces, added to found (-1: an error) */
/* bit 7 of each of the eight bytes of x that is a space; whether a character is one (extraction_next_byte's tests) */
static inline uint64_t
caption_space_bytes(uint64_t x)
{
    return bytes_equal(x, ~(uint64_t)0 / 255 * ' ');
}

static inline int
caption_space_byte(Py_UCS4 ch)
{
    return ch == ' ';
}

static int
caption_stretch(PyObject *text, const CaptionSets *sets, Py_ssize_t start, Py_ssize_t end, Py_ssize_t spaces,
                CaptionRaws *found)
{
    STR_CHARS(text);
    Py_ssize_t seen = 0;  /* the spaces in text[start:seam] */
    for (Py_ssize_t seam = start; seam < end; seam++) {
        if (kind == PyUnicode_1BYTE_KIND) {  /* to the next space eight bytes at a time (31c), not a read of each */
            if ((seam = extraction_next_byte((const Py_UCS1 *)data, seam, end, caption_space_bytes,
                                             caption_space_byte)) == end)
                break;
        }
        else if (PyUnicode_READ(kind, data, seam) != ' ')
            continue;
        const Py_ssize_t left = seen++;
        if (seam == 0)
            continue;
        const Py_UCS4 last = PyUnicode_READ(kind, data, seam - 1);
        if (!(('a' <= last && last <= 'z') || ('0' <= last && last <= '9') || last == '%' || last == ')'
              || caption_close_quote(last)))
            continue;
        /* the look-ahead: the capitalised word (a quote before it, a colon after it kept), the next, the third */
        Py_ssize_t p = seam + 1;
        const Py_ssize_t word_start = p;
        if (p < end && caption_open_quote(PyUnicode_READ(kind, data, p)))
            p++;
        if (!(p < end && 'A' <= PyUnicode_READ(kind, data, p) && PyUnicode_READ(kind, data, p) <= 'Z'))
            continue;
        for (p++; p < end && caption_word_char(PyUnicode_READ(kind, data, p)); p++)
            ;
        if (p < end && PyUnicode_READ(kind, data, p) == ':')
            p++;
        const Py_ssize_t word_end = p;
        Py_ssize_t after_start = p, after_end = p, third_start = p, third_end = p;
        if (p + 1 < end && PyUnicode_READ(kind, data, p) == ' ' && caption_word_char(PyUnicode_READ(kind, data, p + 1))) {
            after_start = p + 1;
            for (p = after_start; p < end && caption_word_char(PyUnicode_READ(kind, data, p)); p++)
                ;
            if (p < end && PyUnicode_READ(kind, data, p) == ':')
                p++;
            after_end = third_start = third_end = p;
            if (p + 1 < end && PyUnicode_READ(kind, data, p) == ' '
                && caption_word_char(PyUnicode_READ(kind, data, p + 1))) {
                third_start = p + 1;
                for (p = third_start; p < end && caption_word_char(PyUnicode_READ(kind, data, p)); p++)
                    ;
                third_end = p;
            }
        }
        if (caption_close_quote(last) && !(seam >= 2 && Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, seam - 2))))
            continue;  /* a quotation closed after its stop, or a bare quote mark */
        const Py_ssize_t before_start = caption_word_start(kind, data, start, seam);
        const Py_UCS4 opening = PyUnicode_READ(kind, data, word_start);
        const Py_ssize_t bare_start = word_start + caption_open_quote(opening);
        const int word_colon = PyUnicode_READ(kind, data, word_end - 1) == ':';
        const Py_ssize_t bare_end = word_end - word_colon;
        const int after_colon = after_end > after_start && PyUnicode_READ(kind, data, after_end - 1) == ':';
        if ((word_end - word_start == 1 && opening == 'I')
            || (bare_end - bare_start > 1 && caption_isupper(kind, data, bare_start, bare_end)))
            continue;
        PyObject *lower = caption_lower(text, kind, data, before_start, seam);
        int keep = -1;  /* 1: a candidate; 0: filtered out; -1: an error */
        if (lower == NULL)
            goto next;
        int held = PySet_Contains(sets->into_name, lower);
        if (held < 0)
            goto next;
        if (held) {  /* 'by Diego', "called 'We Support…'": inside the sentence, but a pronoun after most such words */
            keep = 0;
            if (caption_open_quote(opening))
                goto next;
            if ((held = PySet_Contains(sets->never_last, lower)) != 0) {
                keep = held < 0 ? -1 : 0;
                goto next;
            }
            if ((held = caption_holds(sets->pronouns, text, bare_start, bare_end)) <= 0) {
                keep = held;
                goto next;
            }
        }
        const int starter = caption_holds(sets->starters, text, word_start, word_end);
        if (starter < 0) {
            keep = -1;
            goto next;
        }
        const Py_UCS4 after_first = after_end > after_start ? PyUnicode_READ(kind, data, after_start) : 0;
        const Py_UCS4 third_first = third_end > third_start ? PyUnicode_READ(kind, data, third_start) : 0;
        if (starter && after_first && Py_UNICODE_ISUPPER(after_first) && !after_colon) {
            /* 'heard The Soul Sessions', 'The Lord of the Rings': a title */
            if (!(third_first && Py_UNICODE_ISLOWER(third_first))) {
                keep = 0;
                goto next;
            }
            if ((held = caption_holds(sets->title_glue, text, third_start, third_end)) != 0) {
                keep = held < 0 ? -1 : 0;
                goto next;
            }
        }
        if (!starter && third_first && Py_UNICODE_ISUPPER(third_first)) {  /* 'a Council of Northern Mayors' */
            if ((held = caption_holds(sets->name_links, text, after_start, after_end)) != 0) {
                keep = held < 0 ? -1 : 0;
                goto next;
            }
        }
        if (word_colon || after_colon) {  /* "…programme: 'It's…'": a quotation, not a caption label */
            Py_ssize_t colon = seam;
            while (PyUnicode_READ(kind, data, colon) != ':')
                colon++;
            Py_ssize_t q = colon + 1;
            if (q < n && q < colon + 3 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, q)))
                q++;
            if (q < n && q < colon + 3 && caption_open_quote(PyUnicode_READ(kind, data, q))) {
                keep = 0;
                goto next;
            }
        }
        CaptionRaw raw = {seam, left, spaces - left - 1, start, end, before_start, word_start, word_end, after_start,
                          after_end, third_start, third_end, 0, 0, lower};
        if (left && before_start < seam && Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, before_start))) {
            raw.previous_end = before_start - 1;
            raw.previous_start = caption_word_start(kind, data, start, raw.previous_end);
        }
        lower = NULL;  /* (raws holds it) */
        keep = caption_raws_add(found, &raw) < 0 ? -1 : 1;
    next:
        Py_XDECREF(lower);
        if (keep < 0)
            return -1;
    }
    return 0;
}

typedef struct {
    Py_ssize_t start, end, spaces;
} CaptionStretch;

typedef struct {
    Py_ssize_t min_stretch, min_first_stretch, min_run_words, min_first_run_words;
} CaptionLimits;

/* The stretches between stops of the n characters of data long enough to hold candidates, into kept (room for
 * n / min_stretch + 2): their number, or 0 when no stretch is min_stretch long (the first, which may be shorter,
 * counts only beside such a one). Inlined with each kind as a constant (caption_candidates); a one-byte str's eight
 * bytes without a stop have their spaces counted at once (caption_spaces_in_eight, block 25a). */
static Py_ALWAYS_INLINE inline Py_ssize_t
caption_stretches(const int kind, const void *data, const Py_ssize_t n, const CaptionLimits *limits,
                  CaptionStretch *kept)
{
    Py_ssize_t count = 0, longest = 0;
    Py_ssize_t eight_from = 0;  /* a one-byte str's next place read eight bytes at a time, where none holds a stop */
    for (Py_ssize_t start = 0, spaces = 0, i = 0; i <= n; i++) {
        if (kind == PyUnicode_1BYTE_KIND && i >= eight_from) {  /* (25a: 10 instructions a byte read one by one) */
            int eight;
            while (i + 8 <= n && (eight = caption_spaces_in_eight((const Py_UCS1 *)data + i)) >= 0) {
                spaces += eight;
                i += 8;
            }
            eight_from = i + 8;  /* eight bytes that hold a stop, or the end: read one by one */
        }
        const Py_UCS4 ch = i < n ? EXTRACTION_READ(i) : '\n';
        if (ch == ' ')
            spaces++;
        else if (caption_stop(ch)) {
            const int first = start == 0;
            longest = i - start > longest ? i - start : longest;
            if (i - start >= (first ? limits->min_first_stretch : limits->min_stretch)
                && spaces >= (first ? limits->min_first_run_words : limits->min_run_words))
                kept[count++] = (CaptionStretch){start, i, spaces};
            start = i + 1;
            spaces = 0;
        }
    }
    return longest < limits->min_stretch ? 0 : count;
}

/* the filters after the text of caption_candidates (captions._FILTERS) parsed into sets, limits and min_paragraph;
 * -1: an error */
static int
caption_filters_parsed(PyObject *filters, CaptionSets *sets, CaptionLimits *limits, Py_ssize_t *min_paragraph)
{
    if (!PyArg_ParseTuple(filters, "O!O!O!O!O!O!nnnnn:caption_candidates", &PyFrozenSet_Type, &sets->starters,
                          &PyFrozenSet_Type, &sets->pronouns, &PyFrozenSet_Type, &sets->into_name, &PyFrozenSet_Type,
                          &sets->never_last, &PyFrozenSet_Type, &sets->title_glue, &PyFrozenSet_Type, &sets->name_links,
                          min_paragraph, &limits->min_stretch, &limits->min_first_stretch, &limits->min_run_words,
                          &limits->min_first_run_words))
        return -1;
    if (limits->min_stretch < 1) {
        PyErr_SetString(PyExc_ValueError, "caption_candidates(): min_stretch must be positive");
        return -1;
    }
    return 0;
}

/* caption_candidates with its filters parsed (caption_seams asks it with those it keeps, 29d): the candidates into
 * found (30c: by their offsets); -1: an error (found cleared) */
static int
caption_candidates_of(PyObject *text, const CaptionSets *filter_sets, const CaptionLimits *limits,
                      Py_ssize_t min_paragraph, CaptionRaws *found)
{
    const CaptionSets sets = *filter_sets;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n < min_paragraph)
        return 0;
    /* a page opens with its lead picture's caption: the first stretch may be shorter than min_stretch */
    CaptionStretch *kept = PyMem_New(CaptionStretch, n / limits->min_stretch + 2);
    if (kept == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t count = kind == PyUnicode_1BYTE_KIND ? caption_stretches(PyUnicode_1BYTE_KIND, data, n, limits, kept)
                           : kind == PyUnicode_2BYTE_KIND ? caption_stretches(PyUnicode_2BYTE_KIND, data, n, limits, kept)
                           : caption_stretches(PyUnicode_4BYTE_KIND, data, n, limits, kept);
    int result = 0;
    for (Py_ssize_t k = 0; k < count && result == 0; k++)
        result = caption_stretch(text, &sets, kept[k].start, kept[k].end, kept[k].spaces, found);
    PyMem_Free(kept);
    if (result < 0)
        caption_raws_clear(found);
    return result;
}

static PyObject *
caption_candidates(PyObject *module, PyObject *args)
{
    const Py_ssize_t count = PyTuple_GET_SIZE(args);
    if (count < 1 || !PyUnicode_Check(PyTuple_GET_ITEM(args, 0))) {
        PyErr_SetString(PyExc_TypeError, "caption_candidates(): the first argument is a str");
        return NULL;
    }
    PyObject *filters = PyTuple_GetSlice(args, 1, count);
    if (filters == NULL)
        return NULL;
    CaptionSets sets;
    CaptionLimits limits;
    Py_ssize_t min_paragraph;
    const int parsed = caption_filters_parsed(filters, &sets, &limits, &min_paragraph);
    Py_DECREF(filters);
    PyObject *text = PyTuple_GET_ITEM(args, 0), *found = NULL;
    CaptionRaws raws = {NULL, 0, 0};
    if (parsed < 0 || caption_candidates_of(text, &sets, &limits, min_paragraph, &raws) < 0
            || (found = PyList_New(0)) == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < raws.count; i++) {  /* (fields, start, end) */
        const CaptionRaw *raw = &raws.at[i];
        if (append_new(found, Py_BuildValue("(Nnn)", caption_raw_fields(text, raw, NULL), raw->start, raw->end)) < 0) {
            Py_CLEAR(found);
            break;
        }
    }
done:
    caption_raws_clear(&raws);
    return found;
}

/* ---- 17n: the word list's answers kept beside the kept words ---- */
/*
 * The OCR gate asks, for each distinct plain word of an article, whether the commonest words, the word list or the
 * wire abbreviations hold it, and whether the OCR signatures do (plain_word_tally): up to four hash look-ups, each a
 * cache miss or more (the word list holds 163 k words). word_analysis keeps the first KEPT_MAX distinct words of a
 * process and gives, beside its plain words, their indexes among them (its last value); the answers for a kept word
 * are kept here by that index, so that they are asked once per process. Answers are kept for one set of tables at a
 * time, held (strong references) so that none is freed and another made at its address: the frozensets cannot
 * change, and the word list is a dict built once (lexicon.frequencies) whose words stay as they are; a dict of
 * another size, or other tables, starts afresh. Tables that are not a dict and three frozensets (the word list on
 * disk, a test's own) are asked every time.
 */
/* per kept word: 0 not asked yet, else its string's address with ANSWERED and its answers (kept_word_answers) in the
 * three low bits (an object's address is a multiple of 8): answers serve only the word they were asked for */
#define ANSWERED 4
static uintptr_t *kept_answers;
static PyObject *answers_tables[4];  /* common, table, other, signatures: the tables kept_answers answer for */
static Py_ssize_t answers_table_size;  /* len(table) when the answers were started */

/* 1 when one of common, table and other holds the word, 0 when none does, -1 on an error (asked in that order, each
 * only where the one before misses). */
static int
word_known(PyObject *word, PyObject *common, PyObject *table, PyObject *other)
{
    int known = holds(common, word);
    if (known == 0)
        known = holds(table, word);
    if (known == 0)
        known = holds(other, word);
    return known;
}

/* WORD_KNOWN when one of tables[0..2] (common, table, other) holds word, with WORD_SIGNATURE when tables[3] (the
 * signatures) holds it (asked only where it is no longer than longest); -1 on an error. */
static int
word_answers(PyObject *word, PyObject *const tables[4], Py_ssize_t longest)
{
    const int known = word_known(word, tables[0], tables[1], tables[2]);
    if (known < 0)
        return -1;
    const int signature = PyUnicode_CheckExact(word) && PyUnicode_GET_LENGTH(word) > longest ? 0
                        : holds(tables[3], word);
    if (signature < 0)
        return -1;
    return (known ? WORD_KNOWN : 0) | (signature ? WORD_SIGNATURE : 0);
}

/* kept_indexes (bytes: an int32 for each of size plain words, or None) when the answers kept may serve tables
 * (made ready for them), else NULL; NULL with a ValueError when kept_indexes is neither None nor bytes of that size. */
static const int32_t *
kept_indexes_of(PyObject *kept_indexes, Py_ssize_t size, PyObject *const tables[4])
{
    if (kept_indexes == Py_None)
        return NULL;
    if (!PyBytes_Check(kept_indexes) || PyBytes_GET_SIZE(kept_indexes) != size * (Py_ssize_t)sizeof(int32_t)) {
        PyErr_SetString(PyExc_ValueError, "plain_word_tally() expects kept_indexes from word_analysis, or None");
        return NULL;
    }
    if (!PyFrozenSet_CheckExact(tables[0]) || !PyDict_CheckExact(tables[1]) || !PyFrozenSet_CheckExact(tables[2])
        || !PyFrozenSet_CheckExact(tables[3]))
        return NULL;  /* tables that may change */
    if (kept_answers == NULL && (kept_answers = PyMem_Calloc(KEPT_MAX, sizeof(uintptr_t))) == NULL)
        return NULL;  /* no room: every word asked (no exception: the tally goes on) */
    if (memcmp(tables, answers_tables, sizeof(answers_tables)) != 0 || PyDict_GET_SIZE(tables[1]) != answers_table_size) {
        memset(kept_answers, 0, KEPT_MAX * sizeof(uintptr_t));
        for (int i = 0; i < 4; i++) {
            Py_INCREF(tables[i]);
            Py_XSETREF(answers_tables[i], tables[i]);
        }
        answers_table_size = PyDict_GET_SIZE(tables[1]);
    }
    return (const int32_t *)PyBytes_AS_STRING(kept_indexes);
}

/* word_answers for a word of plain_word_tally whose index among the kept words is index (-1: not kept, or no answers
 * kept for these tables): the answers kept, else asked (and kept when the word is the kept word of that index, which
 * lives as long as the process: no other string takes its address). Answers are read without reading the kept word
 * (a cache miss): the address kept with them tells whose they are. */
static int
kept_word_answers(PyObject *word, int32_t index, PyObject *const tables[4], Py_ssize_t longest)
{
    if (index < 0 || index >= kept_size)
        return word_answers(word, tables, longest);
    const uintptr_t kept_answer = kept_answers[index];
    if ((kept_answer & ~(uintptr_t)7) == (uintptr_t)word)
        return (int)(kept_answer & 3);
    const int answers = word_answers(word, tables, longest);
    if (answers >= 0 && kept_answer == 0 && kept[index].word == word && ((uintptr_t)word & 7) == 0)
        kept_answers[index] = (uintptr_t)word | ANSWERED | (uintptr_t)answers;
    return answers;
}

/* ---- 17p: where a month stands beside a number ---- */

/*
 * date_cues(text) -> (spans, bits)  (twin: dates._python_date_cues)
 *     spans: for each digit of text (in order) that dates._LOOSE_MONTH_CUES finds beside a month (block 17d): (where
 *     the letters before it that hold the month start, the digit's end) when the month comes first, then (the digit's
 *     start, the end of the month's three letters) when the month follows. Every written date holds the month of one
 *     of them. The digits are found by next_cue_digit (block 26e), a word of eight bytes at a time.
 *     bits (35b: read in the same pass, where dates._date_gates searched with Python's re at each span and
 *     iso_date_hint read the text again): DATE_CUE_IMPOSSIBLE, a span holding feb|apr|jun|sep|nov (any case, ſ an s)
 *     with two decimal digits of 29 or more just before its start or from its last character; DATE_CUE_WEEKDAY, Mon,
 *     Tue, Wed, Thu, Fri, Sat or Sun (as written) within the 25 characters before a span's start; DATE_CUE_ISO,
 *     dates._ISO_HINT (-[01]\d-[0-3]\d, at a '-' before a digit read); DATE_CUE_NUMERIC, dates.NUMERIC_DATE_CUE (ASCII
 *     digits, at a digit read: every match opens on one).
 */

#define DATE_CUE_IMPOSSIBLE 1  /* dates._IMPOSSIBLE */
#define DATE_CUE_WEEKDAY 2  /* dates._WEEKDAY */
#define DATE_CUE_ISO 8  /* dates._ISO_HINTED */
#define DATE_CUE_NUMERIC 16  /* dates._NUMERIC_HINTED */
#define DATE_CUE_WEEKDAY_BEFORE 25  /* dates._WEEKDAY_BEFORE_CUE */
#define DATE_CUE_FIRST_IMPOSSIBLE_DAY 29  /* dates._FIRST_IMPOSSIBLE_DAY */

/* whether a weekday's first three letters, as written, stand within text[lo:end] (dates._WEEKDAY_PREFIX) */
static int
weekday_prefix_within(int kind, const void *data, Py_ssize_t lo, Py_ssize_t end)
{
    for (Py_ssize_t i = lo; i + 3 <= end; i++) {
        const Py_UCS4 a = PyUnicode_READ(kind, data, i);
        if (a != 'M' && a != 'T' && a != 'W' && a != 'F' && a != 'S')
            continue;
        const Py_UCS4 b = PyUnicode_READ(kind, data, i + 1), c = PyUnicode_READ(kind, data, i + 2);
        if (b >= 128 || c >= 128)
            continue;
        switch (CUE_KEY(a, b, c)) {
        case CUE_KEY('M', 'o', 'n'): case CUE_KEY('T', 'u', 'e'): case CUE_KEY('W', 'e', 'd'): case CUE_KEY('T', 'h', 'u'):
        case CUE_KEY('F', 'r', 'i'): case CUE_KEY('S', 'a', 't'): case CUE_KEY('S', 'u', 'n'):
            return 1;
        }
    }
    return 0;
}

/* whether a month without a 31st stands within text[start:end] (dates._MONTH_WITHOUT_31: Python's re folds ſ to s
 * and no other character to these letters, as cue_fold does) */
static int
month_without_31_within(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    for (Py_ssize_t i = start; i + 3 <= end; i++)
        switch (cue_key_at(kind, data, i)) {
        case CUE_KEY('f', 'e', 'b'): case CUE_KEY('a', 'p', 'r'): case CUE_KEY('j', 'u', 'n'): case CUE_KEY('s', 'e', 'p'):
        case CUE_KEY('n', 'o', 'v'):
            return 1;
        }
    return 0;
}

/* int(text[i:i + 2]) where both are decimal digits (str.isdecimal), else -1 */
static int
two_digit_number_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    if (i < 0 || i + 2 > n)
        return -1;
    const Py_UCS4 a = PyUnicode_READ(kind, data, i), b = PyUnicode_READ(kind, data, i + 1);
    if (!iso_decimal(a) || !iso_decimal(b))
        return -1;
    return Py_UNICODE_TODECIMAL(a) * 10 + Py_UNICODE_TODECIMAL(b);
}

/* (start, end) appended to spans; -1 on an error */
static int
append_span(PyObject *spans, Py_ssize_t start, Py_ssize_t end)
{
    return append_new(spans, size_pair(start, end));
}

/* what the date rules' gates read of the span text[start:end] (DATE_CUE_IMPOSSIBLE, DATE_CUE_WEEKDAY) that bits
 * lacks */
static int
date_cue_gates(int kind, const void *data, Py_ssize_t n, Py_ssize_t start, Py_ssize_t end, int bits)
{
    int found = 0;
    if (!(bits & DATE_CUE_WEEKDAY)
        && weekday_prefix_within(kind, data, start > DATE_CUE_WEEKDAY_BEFORE ? start - DATE_CUE_WEEKDAY_BEFORE : 0, start))
        found |= DATE_CUE_WEEKDAY;
    if (!(bits & DATE_CUE_IMPOSSIBLE) && month_without_31_within(kind, data, start, end)
        && (two_digit_number_at(kind, data, n, start - 1) >= DATE_CUE_FIRST_IMPOSSIBLE_DAY
            || two_digit_number_at(kind, data, n, end - 1) >= DATE_CUE_FIRST_IMPOSSIBLE_DAY))
        found |= DATE_CUE_IMPOSSIBLE;  /* the day before a month, after one */
    return found;
}

/* whether text[i] is an ASCII digit (RE2's [0-9]), false past the text's end */
static inline int
ascii_digit_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    if (i >= n)
        return 0;
    const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
    return ch >= '0' && ch <= '9';
}

/* whether text[i] is one of the ASCII characters of marks, false past the text's end */
static inline int
mark_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i, const char *marks)
{
    if (i >= n)
        return 0;
    const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
    return ch < 128 && ch != 0 && strchr(marks, (int)ch) != NULL;
}

/* whether a match of dates.NUMERIC_DATE_CUE opens at i: [0-9][/.][0-9]{1,2}[/.](?:19|20)[0-9][0-9] or
 * (?:19|20)[0-9][0-9][-/][01][0-9][-/][0-3][0-9] */
static int
numeric_date_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    if (!ascii_digit_at(kind, data, n, i))
        return 0;
    if (mark_at(kind, data, n, i + 1, "/.") && ascii_digit_at(kind, data, n, i + 2)) {
        const Py_ssize_t j = i + 3 + ascii_digit_at(kind, data, n, i + 3);  /* the mark after the day or month */
        if (mark_at(kind, data, n, j, "/.") && ((mark_at(kind, data, n, j + 1, "1") && mark_at(kind, data, n, j + 2, "9"))
                                                || (mark_at(kind, data, n, j + 1, "2") && mark_at(kind, data, n, j + 2, "0")))
            && ascii_digit_at(kind, data, n, j + 3) && ascii_digit_at(kind, data, n, j + 4))
            return 1;
    }
    return ((mark_at(kind, data, n, i, "1") && mark_at(kind, data, n, i + 1, "9"))
            || (mark_at(kind, data, n, i, "2") && mark_at(kind, data, n, i + 1, "0")))
        && ascii_digit_at(kind, data, n, i + 2) && ascii_digit_at(kind, data, n, i + 3)
        && mark_at(kind, data, n, i + 4, "-/") && mark_at(kind, data, n, i + 5, "01")
        && ascii_digit_at(kind, data, n, i + 6) && mark_at(kind, data, n, i + 7, "-/")
        && mark_at(kind, data, n, i + 8, "0123") && ascii_digit_at(kind, data, n, i + 9);
}

static PyObject *
date_cues(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "date_cues")
    STR_CHARS(text);
    PyObject *spans = PyList_New(0);
    if (spans == NULL)
        return NULL;
    int bits = 0;
    for (Py_ssize_t d = next_cue_digit(kind, data, n, 0); d < n; d = next_cue_digit(kind, data, n, d + 1)) {
        if (!(bits & DATE_CUE_ISO) && d > 0 && PyUnicode_READ(kind, data, d - 1) == '-'
            && iso_hint_at(kind, data, n, d - 1))
            bits |= DATE_CUE_ISO;
        if (!(bits & DATE_CUE_NUMERIC) && numeric_date_at(kind, data, n, d))
            bits |= DATE_CUE_NUMERIC;
        const Py_ssize_t before = month_before_digit(kind, data, d), after = month_after_digit(kind, data, n, d);
        if (before >= 0) {
            if (append_span(spans, before, d + 1) < 0)
                goto error;
            bits |= date_cue_gates(kind, data, n, before, d + 1, bits);
        }
        if (after >= 0) {
            if (append_span(spans, d, after + 3) < 0)
                goto error;
            bits |= date_cue_gates(kind, data, n, d, after + 3, bits);
        }
    }
    PyObject *found = PyLong_FromLong(bits), *cues = found == NULL ? NULL : PyTuple_Pack(2, spans, found);
    Py_XDECREF(found);
    Py_DECREF(spans);
    return cues;
error:
    Py_DECREF(spans);
    return NULL;
}

/* ---- 17r: caption candidates' features and log-odds ---- */
#define CAPTION_SCANS 7  /* len(captions.SCANS) */
#define CAPTION_CUE_WINDOW 120  /* captions.CUE_WINDOW */
/* The features of newslint/captions.py's candidates and the model's log-odds, with their pure-Python twin there
 * (captions._python_features_and_log_odds; tests/test_native_captions.py compares them):
 *
 * caption_features(candidates, names, weights, starters, contracted, pronouns, into_name, title_nouns, auxiliaries,
 *                  time_words, weekdays, month_names, modifiers, inside_phrase, infinitive_markers)
 *     -> list[tuple[list[str], float]]
 *     For each captions.Candidate of the list candidates, (on, z): captions._on(candidate), the names (items of the
 *     tuple names, captions.FEATURES) of its features that are on, in that order, and z, the sum of their weights
 *     (the tuple weights, floats in the same order) as Python's sum() adds them: in order, plainly before Python 3.12,
 *     compensated (Neumaier) from 3.12, so that z is the twin's to the last bit. The frozensets are captions' word
 *     sets of the same names (_STARTERS, _CONTRACTED, …, _INFINITIVE_MARKERS). A candidate's strings are those of a
 *     captions._SEAM match (no line break in them).
 */

enum {
    CF_BIAS, CF_STARTER, CF_PRONOUN, CF_QUOTE, CF_LABEL, CF_INTO_NAME, CF_TITLE_NOUN, CF_BEFORE_DIGIT,
    CF_BEFORE_CAPITAL, CF_AFTER_LOWER, CF_AFTER_AUXILIARY, CF_AFTER_VERB_S, CF_AFTER_CAPITAL, CF_LEFT_SHORT,
    CF_LEFT_LONG, CF_RIGHT_SHORT, CF_LONG_STRETCH, CF_REPEATED, CF_LOWER_USE, CF_ECHO, CF_BEFORE_LOWER,
    CF_CAPTION_LENGTH, CF_NAME_CLAUSE, CF_CAPITAL_THEN_STARTER, CF_ECHO_AFTER, CF_CUE_BEFORE, CF_CUE_AFTER,
    CF_BEFORE_TIME, CF_BEFORE_VIDEO, CF_POSSESSIVE, CF_MODIFIER, CF_VIDEO_PROMPT, CF_NAME_THEN_VERB,
    CF_JUNCTION_TWICE, CF_OPENS_SENTENCE, CF_BEFORE_VERB_FORM, CF_VERB_OBJECT, CF_COUNT
};

typedef struct {
    PyObject *starters, *contracted, *pronouns, *into_name, *title_nouns, *auxiliaries, *time_words, *weekdays,
        *month_names, *modifiers, *inside_phrase, *infinitive_markers;
} CaptionWordSets;

/* whether the characters of part end with the ASCII suffix */
static int
caption_part_ends(CaptionPart part, const char *suffix)
{
    const Py_ssize_t n = caption_part_length(part), k = (Py_ssize_t)strlen(suffix);
    if (k > n)
        return 0;
    const int kind = PyUnicode_KIND(part.str);
    const void *data = PyUnicode_DATA(part.str);
    for (Py_ssize_t i = 0; i < k; i++)
        if (PyUnicode_READ(kind, data, part.end - k + i) != (Py_UCS4)(unsigned char)suffix[i])
            return 0;
    return 1;
}

/* whether the str s ends with the ASCII suffix */
static int
caption_ends(PyObject *s, const char *suffix)
{
    return caption_part_ends((CaptionPart){s, 0, PyUnicode_GET_LENGTH(s)}, suffix);
}

/* the first character of s, or 0 when it is empty */
static inline Py_UCS4
caption_first(PyObject *s)
{
    return PyUnicode_GET_LENGTH(s) ? PyUnicode_READ_CHAR(s, 0) : 0;
}

/* str.lower() of s (by hand for ASCII) */
static inline PyObject *
caption_lowered(PyObject *s)
{
    return caption_lower(s, PyUnicode_KIND(s), PyUnicode_DATA(s), 0, PyUnicode_GET_LENGTH(s));
}

/* captions' starter test of the word bare: in starters, or a contraction of a word of contracted ("That's": the
 * word left when _CONTRACTION, ['’](?:s|re|ll|ve|d|m)$, is cut off); -1: an error */
static int
caption_starter(PyObject *bare, const CaptionWordSets *sets)
{
    int held = PySet_Contains(sets->starters, bare);
    if (held != 0)
        return held;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(bare);
    if (PyUnicode_FindChar(bare, '\'', 0, n, 1) < 0 && PyUnicode_FindChar(bare, 0x2019, 0, n, 1) < 0)
        return 0;
    static const char *const endings[] = {"s", "re", "ll", "ve", "d", "m"};
    for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
        const Py_ssize_t k = (Py_ssize_t)strlen(endings[e]);
        if (n < k + 1 || !caption_ends(bare, endings[e]))
            continue;
        const Py_UCS4 mark = PyUnicode_READ_CHAR(bare, n - k - 1);
        if (mark != '\'' && mark != 0x2019)
            continue;
        PyObject *stem = PyUnicode_Substring(bare, 0, n - k - 1);
        if (stem == NULL)
            return -1;
        held = PySet_Contains(sets->contracted, stem);
        Py_DECREF(stem);
        return held;
    }
    return PySet_Contains(sets->contracted, bare);  /* no contraction: the word itself, as _CONTRACTION.sub leaves it */
}

/* the on features of a candidate into on (-1: an error), from its words' characters (before and word not empty), its
 * left and right, its scans' flags (repeated, lower_use, echo, echo_after, cue_before, cue_after, junction_twice,
 * opens_sentence) and before.lower() where it is known (NULL: made here; 30c: caption_seams's candidates are offsets
 * in their paragraph, not a Candidate's strings) */
static int
caption_features_of(CaptionPart before, CaptionPart word, CaptionPart after_word, CaptionPart third,
                    CaptionPart previous, Py_ssize_t left, Py_ssize_t right, const char flags[8], PyObject *lowered,
                    const CaptionWordSets *sets, char on[CF_COUNT])
{
    const int junction_twice = flags[6], opens_sentence = flags[7];
    /* bare: the word without its opening quotes and colons; after: the next word without its colons */
    const Py_ssize_t word_n = caption_part_length(word);
    Py_ssize_t bare_start = word.start, bare_end = word.end, after_end = after_word.end;
    while (bare_start < word.end && caption_open_quote(PyUnicode_READ_CHAR(word.str, bare_start)))
        bare_start++;
    while (bare_end > bare_start && PyUnicode_READ_CHAR(word.str, bare_end - 1) == ':')
        bare_end--;
    while (after_end > after_word.start && PyUnicode_READ_CHAR(after_word.str, after_end - 1) == ':')
        after_end--;
    PyObject *bare = PyUnicode_Substring(word.str, bare_start, bare_end);
    const CaptionPart after = {after_word.str, after_word.start, after_end};  /* (31c: asked from its characters) */
    PyObject *lower = lowered;
    if (lower != NULL)
        Py_INCREF(lower);
    else
        lower = caption_lower(before.str, PyUnicode_KIND(before.str), PyUnicode_DATA(before.str), before.start,
                              before.end);
    PyObject *previous_lower = NULL;
    int result = -1, held;
    if (bare == NULL || lower == NULL)
        goto done;
    memset(on, 0, CF_COUNT);
    const Py_ssize_t before_n = caption_part_length(before), bare_n = bare_end - bare_start;
    const Py_UCS4 first = caption_part_char(before, 0),
                  after_first = caption_part_length(after) ? caption_part_char(after, 0) : 0,
                  third_first = caption_part_length(third) ? caption_part_char(third, 0) : 0;
    const int before_lower = Py_UNICODE_ISLOWER(first), before_upper = Py_UNICODE_ISUPPER(first),
              after_lower = after_first && Py_UNICODE_ISLOWER(after_first),
              after_upper = after_first && Py_UNICODE_ISUPPER(after_first);
    const int starter = caption_starter(bare, sets);
    /* lower's memberships, one look-up (block 35a) */
    const int memberships = caption_lowered_bits(lower, (PyObject *const[CAPTION_LOWERED_SETS]){
        sets->into_name, sets->title_nouns, sets->time_words, sets->weekdays, sets->modifiers});
    const int title_noun = memberships >> 1 & 1;
    const int auxiliary = caption_holds(sets->auxiliaries, after.str, after.start, after.end);
    if (starter < 0 || memberships < 0 || auxiliary < 0)
        goto done;
    on[CF_BIAS] = 1;
    on[CF_STARTER] = (char)starter;
    if ((held = PySet_Contains(sets->pronouns, bare)) < 0)
        goto done;
    on[CF_PRONOUN] = (char)held;
    on[CF_QUOTE] = (char)caption_open_quote(caption_part_char(word, 0));
    on[CF_LABEL] = (char)(caption_part_char(word, word_n - 1) == ':'
                          || (caption_part_length(after_word) && caption_part_char(after_word, -1) == ':'));
    on[CF_INTO_NAME] = (char)(memberships & 1);
    on[CF_TITLE_NOUN] = (char)title_noun;
    on[CF_BEFORE_DIGIT] = (char)Py_UNICODE_ISDIGIT(caption_part_char(before, -1));
    on[CF_BEFORE_CAPITAL] = (char)before_upper;
    on[CF_AFTER_LOWER] = (char)after_lower;
    on[CF_AFTER_AUXILIARY] = (char)auxiliary;
    on[CF_AFTER_VERB_S] = (char)(after_lower && caption_part_ends(after, "s") && !caption_part_ends(after, "ss"));
    on[CF_AFTER_CAPITAL] = (char)after_upper;
    on[CF_LEFT_SHORT] = left < 6;
    on[CF_LEFT_LONG] = left >= 12;
    on[CF_RIGHT_SHORT] = right < 6;
    on[CF_LONG_STRETCH] = left + right >= 40;
    on[CF_REPEATED] = (char)flags[0];
    on[CF_LOWER_USE] = (char)flags[1];
    on[CF_ECHO] = (char)flags[2];
    on[CF_BEFORE_LOWER] = (char)before_lower;
    on[CF_CAPTION_LENGTH] = 8 <= left && left <= 40;
    on[CF_NAME_CLAUSE] = (char)(flags[0] && before_lower && !title_noun && !starter
                                && (auxiliary || (caption_part_ends(after, "ed") && after_lower)));
    on[CF_CAPITAL_THEN_STARTER] = (char)(before_upper && starter && after_lower);
    on[CF_ECHO_AFTER] = (char)flags[3];
    on[CF_CUE_BEFORE] = (char)flags[4];
    on[CF_CUE_AFTER] = (char)flags[5];
    /* a time word or a year before the seam, but not a weekday before a month ('on Saturday April 11': one date) */
    int time = memberships >> 2 & 1;
    if (!time && before_n == 4) {
        time = 1;
        for (Py_ssize_t i = 0; i < 4; i++)
            time = time && Py_UNICODE_ISDIGIT(caption_part_char(before, i));
        time = time && (caption_part_char(before, 0) == '1' ? caption_part_char(before, 1) == '9'
                        : caption_part_char(before, 0) == '2' && caption_part_char(before, 1) == '0');
    }
    if (time) {
        if ((held = memberships >> 3 & 1) > 0)
            held = PySet_Contains(sets->month_names, bare);
        if (held < 0)
            goto done;
        on[CF_BEFORE_TIME] = !held;
    }
    const int video = (memberships & CAPTION_LOWERED_VIDEO) != 0;
    on[CF_BEFORE_VIDEO] = (char)video;
    on[CF_POSSESSIVE] = bare_n > 3 && (caption_ends(bare, "'s") || caption_ends(bare, "s'")
                                       || (PyUnicode_READ_CHAR(bare, bare_n - 1) == 's'
                                           && PyUnicode_READ_CHAR(bare, bare_n - 2) == 0x2019)
                                       || (PyUnicode_READ_CHAR(bare, bare_n - 1) == 0x2019
                                           && PyUnicode_READ_CHAR(bare, bare_n - 2) == 's'));
    on[CF_MODIFIER] = (char)(memberships >> 4 & 1);
    on[CF_VIDEO_PROMPT] = video && left <= 4;
    if (after_upper && third_first && Py_UNICODE_ISLOWER(third_first)) {
        if ((held = caption_holds(sets->inside_phrase, third.str, third.start, third.end)) < 0)
            goto done;
        on[CF_NAME_THEN_VERB] = !held;
    }
    on[CF_JUNCTION_TWICE] = (char)junction_twice;
    on[CF_OPENS_SENTENCE] = (char)(opens_sentence && after_lower);
    if (before_lower) {
        on[CF_BEFORE_VERB_FORM] = (char)(caption_ends(lower, "ed") || caption_ends(lower, "ing"));
        if ((previous_lower = caption_lower(previous.str, PyUnicode_KIND(previous.str), PyUnicode_DATA(previous.str),
                                            previous.start, previous.end)) == NULL
            || (held = PySet_Contains(sets->infinitive_markers, previous_lower)) < 0)
            goto done;
        on[CF_VERB_OBJECT] = (char)held;
    }
    result = 0;
done:
    Py_XDECREF(bare);
    Py_XDECREF(lower);
    Py_XDECREF(previous_lower);
    return result;
}

/* the whole str s as a part */
static inline CaptionPart
caption_whole(PyObject *s)
{
    return (CaptionPart){s, 0, PyUnicode_GET_LENGTH(s)};
}

/* the on features of one captions.Candidate (its 16 fields) into on (-1: an error) */
static int
caption_candidate_features(PyObject *c, const CaptionWordSets *sets, char on[CF_COUNT])
{
    if (!PyTuple_Check(c) || PyTuple_GET_SIZE(c) != 16) {
        PyErr_SetString(PyExc_TypeError, "caption_features() expects captions.Candidate tuples");
        return -1;
    }
    PyObject *before = PyTuple_GET_ITEM(c, 1), *word = PyTuple_GET_ITEM(c, 2), *after_word = PyTuple_GET_ITEM(c, 3),
             *third = PyTuple_GET_ITEM(c, 12), *previous = PyTuple_GET_ITEM(c, 15);
    if (!PyUnicode_Check(before) || !PyUnicode_Check(word) || !PyUnicode_Check(after_word) || !PyUnicode_Check(third)
        || !PyUnicode_Check(previous) || !PyUnicode_GET_LENGTH(before) || !PyUnicode_GET_LENGTH(word)) {
        PyErr_SetString(PyExc_TypeError, "caption_features(): a candidate's words are str, before and word not empty");
        return -1;
    }
    const Py_ssize_t left = PyLong_AsSsize_t(PyTuple_GET_ITEM(c, 4)), right = PyLong_AsSsize_t(PyTuple_GET_ITEM(c, 5));
    if ((left == -1 || right == -1) && PyErr_Occurred())
        return -1;
    char flags[8];  /* fields 6-11, then 13 and 14 */
    const int field_of[8] = {6, 7, 8, 9, 10, 11, 13, 14};
    for (int k = 0; k < 8; k++) {
        const int on_k = PyObject_IsTrue(PyTuple_GET_ITEM(c, field_of[k]));
        if (on_k < 0)
            return -1;
        flags[k] = (char)on_k;
    }
    return caption_features_of(caption_whole(before), caption_whole(word), caption_whole(after_word),
                               caption_whole(third), caption_whole(previous), left, right, flags, NULL, sets, on);
}

/* sum() of the weights of the features that are on, in FEATURES order: 0 + the first (the same float), then each in
 * turn (plainly before Python 3.12, compensated from 3.12, as sum() adds floats) */
static double
caption_log_odds(const char on[CF_COUNT], const double weight[CF_COUNT])
{
    double z = 0.0;
#if PY_VERSION_HEX >= 0x030C0000
    double compensation = 0.0;
#endif
    for (int k = 0; k < CF_COUNT; k++) {
        if (!on[k])
            continue;
#if PY_VERSION_HEX >= 0x030C0000
        const double t = z + weight[k];
        compensation += fabs(z) >= fabs(weight[k]) ? (z - t) + weight[k] : (weight[k] - t) + z;
        z = t;
#else
        z += weight[k];
#endif
    }
#if PY_VERSION_HEX >= 0x030C0000
    if (compensation != 0.0 && isfinite(compensation))
        z += compensation;
#endif
    return z;
}

/* the floats of the tuple weights into weight, one per feature as the tuple names has them (-1: an error) */
static int
caption_weights(PyObject *names, PyObject *weights, double weight[CF_COUNT])
{
    if (PyTuple_GET_SIZE(names) != CF_COUNT || PyTuple_GET_SIZE(weights) != CF_COUNT) {
        PyErr_SetString(PyExc_ValueError, "captions: names and weights must hold one item per feature");
        return -1;
    }
    for (int k = 0; k < CF_COUNT; k++) {
        if (!PyFloat_CheckExact(PyTuple_GET_ITEM(weights, k))) {
            PyErr_SetString(PyExc_TypeError, "captions: the weights must be floats");
            return -1;
        }
        weight[k] = PyFloat_AS_DOUBLE(PyTuple_GET_ITEM(weights, k));
    }
    return 0;
}

static PyObject *
caption_features(PyObject *module, PyObject *args)
{
    PyObject *candidates, *names, *weights;
    CaptionWordSets sets;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!O!O!O!O!O!O!O!O!O!:caption_features", &PyList_Type, &candidates,
                          &PyTuple_Type, &names, &PyTuple_Type, &weights, &PyFrozenSet_Type, &sets.starters,
                          &PyFrozenSet_Type, &sets.contracted, &PyFrozenSet_Type, &sets.pronouns, &PyFrozenSet_Type,
                          &sets.into_name, &PyFrozenSet_Type, &sets.title_nouns, &PyFrozenSet_Type, &sets.auxiliaries,
                          &PyFrozenSet_Type, &sets.time_words, &PyFrozenSet_Type, &sets.weekdays, &PyFrozenSet_Type,
                          &sets.month_names, &PyFrozenSet_Type, &sets.modifiers, &PyFrozenSet_Type,
                          &sets.inside_phrase, &PyFrozenSet_Type, &sets.infinitive_markers))
        return NULL;
    double weight[CF_COUNT];
    if (caption_weights(names, weights, weight) < 0)
        return NULL;
    const Py_ssize_t count = PyList_GET_SIZE(candidates);
    PyObject *found = PyList_New(count);
    if (found == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        char on[CF_COUNT];
        if (caption_candidate_features(PyList_GET_ITEM(candidates, i), &sets, on) < 0)
            goto failed;
        PyObject *named = PyList_New(0);
        if (named == NULL)
            goto failed;
        for (int k = 0; k < CF_COUNT; k++) {
            if (on[k] && PyList_Append(named, PyTuple_GET_ITEM(names, k)) < 0) {
                Py_DECREF(named);
                goto failed;
            }
        }
        PyObject *pair = Py_BuildValue("(Nd)", named, caption_log_odds(on, weight));
        if (pair == NULL)
            goto failed;
        PyList_SET_ITEM(found, i, pair);
    }
    return found;
failed:
    Py_DECREF(found);
    return NULL;
}

/* ---- 17u: the words of the text caption_scans scans, each after a space, by their hash ----
 * Four of the scans ask whether words framed by spaces occur (again) in the paragraph: the three words before the
 * seam (" prev before"), the word opening a sentence (". Word "), in lower case (" word "), the three words after the
 * seam ("w1 w2 w3"). Each was a str.find over the whole paragraph per candidate; every occurrence of such a needle
 * holds one of its words whole between a space and the next space (or the end), so it is found among the places of
 * that word, from a table of the paragraph's words made once (the same answers: tests/test_native_caption_scores.py). */

typedef struct {
    PyObject *text;       /* the text indexed (a reference held: its address names it while it is the one kept) */
    size_t mask;          /* buckets - 1, a power of two less one */
    int32_t *head;        /* bucket -> its first word, -1: none (four bytes: half the table to clear, 29d) */
    Py_ssize_t *next;     /* word -> the next word of its bucket, in text order; -1: none */
    Py_ssize_t *space;    /* word -> the offset of the space before it */
    Py_ssize_t *length;   /* word -> its length, up to the next space or the end of the text */
    uint64_t *hash;       /* word -> caption_word_hash of it (34a) */
    Py_ssize_t room;      /* the words next, space, length and hash have room for, and the buckets head has: kept */
    size_t head_room;     /* from text to text, grown as needed (35a: five mallocs and frees a table, and a pass that
                           * counted the spaces to size them, were an eighth of a one-byte table's cost) */
} CaptionWords;

static CaptionWords caption_words;  /* the last text asked about: the paragraph whose candidates are being scanned */

static void
caption_words_clear(void)
{
    PyMem_Free(caption_words.head);
    PyMem_Free(caption_words.next);
    PyMem_Free(caption_words.space);
    PyMem_Free(caption_words.length);
    PyMem_Free(caption_words.hash);
    Py_CLEAR(caption_words.text);
    memset(&caption_words, 0, sizeof caption_words);
}

/* A word's hash in caption_words: in a one-byte text, caption_bytes_hash, its bytes read eight at a time (34a: a table
 * of a one-byte paragraph cost about 12 instructions a character where chars_hash multiplied at every one); in a text
 * of two or four bytes a character, chars_hash. A query's word is hashed as the text's words are (a word of more
 * than one byte a character is in no one-byte text); its bucket is the hash's high half (a product's high bits
 * depend on all the bits below them). */

/* eight bytes at p, the first lowest */
static inline uint64_t
caption_eight(const Py_UCS1 *p)
{
#if PY_LITTLE_ENDIAN
    uint64_t chunk;
    memcpy(&chunk, p, 8);
    return chunk;
#else
    uint64_t chunk = 0;
    for (int k = 0; k < 8; k++)
        chunk |= (uint64_t)p[k] << (8 * k);
    return chunk;
#endif
}

/* the hash of bytes[start:end] (of a one-byte str of n characters: eight bytes read at once up to n) */
static inline uint64_t
caption_bytes_hash(const Py_UCS1 *bytes, Py_ssize_t start, Py_ssize_t end, Py_ssize_t n)
{
    uint64_t hash = (uint64_t)(end - start);
    Py_ssize_t i = start;
    for (; i + 8 <= end; i += 8)
        hash = (hash + caption_eight(bytes + i)) * 0x9E3779B97F4A7C15ULL;
    if (i < end) {  /* the last bytes, the rest of their eight 0 */
        uint64_t chunk = 0;
        if (i + 8 <= n)
            chunk = caption_eight(bytes + i) & ((((uint64_t)1) << (8 * (end - i))) - 1);
        else
            for (Py_ssize_t j = i; j < end; j++)
                chunk |= (uint64_t)bytes[j] << (8 * (j - i));
        hash = (hash + chunk) * 0x9E3779B97F4A7C15ULL;
    }
    return hash;
}

/* the hash of key_data[start:end] (of kind key_kind, n characters in all) as caption_words holds a word of a text of
 * kind kind (key_kind one byte where kind is) */
static inline uint64_t
caption_word_hash(int kind, int key_kind, const void *key_data, Py_ssize_t start, Py_ssize_t end, Py_ssize_t n)
{
    return kind == PyUnicode_1BYTE_KIND ? caption_bytes_hash((const Py_UCS1 *)key_data, start, end, n)
                                        : chars_hash(key_kind, key_data, start, end);
}

#define CAPTION_WORD_BUCKET(hash) ((size_t)((hash) >> 32) & caption_words.mask)

/* word w of a one-byte text's caption_words ends at end (a space, or the end of the text) */
#define CAPTION_WORD_BYTES_END(w, end) do {                                                \
        const Py_ssize_t from_ = caption_words.space[w] + 1;                               \
        caption_words.hash[w] = caption_bytes_hash(bytes, from_, (end), n);                \
        caption_words.length[w] = (end) - from_;                                           \
    } while (0)

/* the words of the characters chars[0:n] of type TYPE into caption_words, w the last one's index: chars_hash of
 * each, as it reads them */
#define CAPTION_WORD_ENDS(w, hash, i) do {                                                 \
        uint64_t mixed = (hash) ^ ((hash) >> 33);                                          \
        mixed *= 0xff51afd7ed558ccdULL;                                                    \
        caption_words.hash[w] = mixed ^ (mixed >> 33);                                     \
        caption_words.length[w] = (i) - caption_words.space[w] - 1;                        \
    } while (0)
#define CAPTION_WORDS_PASS(TYPE) do {  /* (the end apart: no test of it at each character, 29d) */ \
        const TYPE *chars = (const TYPE *)data;                                            \
        uint64_t hash = 0;                                                                 \
        for (Py_ssize_t i = 0; i < n; i++) {                                               \
            const Py_UCS4 ch = chars[i];                                                   \
            if (ch != ' ') {                                                               \
                hash = (hash ^ ch) * 1099511628211ULL;                                     \
                continue;                                                                  \
            }                                                                              \
            if (w >= 0)                                                                    \
                CAPTION_WORD_ENDS(w, hash, i);                                             \
            caption_words.space[++w] = i;                                                  \
            hash = 1469598103934665603ULL;                                                 \
        }                                                                                  \
        if (w >= 0)                                                                        \
            CAPTION_WORD_ENDS(w, hash, n);                                                 \
    } while (0)

/* the arrays of caption_words with room for words words and buckets buckets (kept where they have it); -1: no memory
 * (caption_words cleared) */
static int
caption_words_room(Py_ssize_t words, size_t buckets)
{
    if (caption_words.room < words) {
        const Py_ssize_t room = words > 2 * caption_words.room ? words : 2 * caption_words.room;
        PyMem_Free(caption_words.next);
        PyMem_Free(caption_words.space);
        PyMem_Free(caption_words.length);
        PyMem_Free(caption_words.hash);
        caption_words.room = 0;
        caption_words.next = PyMem_New(Py_ssize_t, room);
        caption_words.space = PyMem_New(Py_ssize_t, room);
        caption_words.length = PyMem_New(Py_ssize_t, room);
        caption_words.hash = PyMem_New(uint64_t, room);
        if (!caption_words.next || !caption_words.space || !caption_words.length || !caption_words.hash)
            goto no_memory;
        caption_words.room = room;
    }
    if (caption_words.head_room < buckets) {
        PyMem_Free(caption_words.head);
        caption_words.head_room = 0;
        if ((caption_words.head = PyMem_New(int32_t, buckets)) == NULL)
            goto no_memory;
        caption_words.head_room = buckets;
    }
    return 0;
no_memory:
    caption_words_clear();
    PyErr_NoMemory();
    return -1;
}

/* caption_words made for text, unless it holds text's already; -1: an error (no memory) */
static int
caption_words_of(PyObject *text)
{
    if (caption_words.text == text)
        return 0;
    Py_CLEAR(caption_words.text);
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n >= INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "caption scans: too many words in a text");
        return -1;
    }
    if (caption_words_room(n + 1, 0) < 0)  /* a word after each space: n at most (the buckets once they are counted) */
        return -1;
    Py_ssize_t w = -1;  /* the last word's index */
    switch (kind) {  /* each word's place, length and hash (caption_word_hash's, in the same pass) */
    case PyUnicode_1BYTE_KIND: {
        const Py_UCS1 *bytes = (const Py_UCS1 *)data;
        Py_ssize_t at = 0;
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_ctzll) */
        for (; at + 8 <= n; at += 8) {  /* the spaces of eight bytes at once, from their bits */
            for (uint64_t spaces = bytes_equal(caption_eight(bytes + at), 0x2020202020202020ULL); spaces;
                 spaces &= spaces - 1) {
                const Py_ssize_t space = at + (__builtin_ctzll(spaces) >> 3);
                if (w >= 0)
                    CAPTION_WORD_BYTES_END(w, space);
                caption_words.space[++w] = space;
            }
        }
#endif
        for (; at < n; at++)
            if (bytes[at] == ' ') {
                if (w >= 0)
                    CAPTION_WORD_BYTES_END(w, at);
                caption_words.space[++w] = at;
            }
        if (w >= 0)
            CAPTION_WORD_BYTES_END(w, n);
        break;
    }
    case PyUnicode_2BYTE_KIND: CAPTION_WORDS_PASS(Py_UCS2); break;
    default: CAPTION_WORDS_PASS(Py_UCS4); break;
    }
    const Py_ssize_t count = w + 1;  /* the words: one after each space */
    size_t buckets = 16;
    while (buckets < 2 * (size_t)count)
        buckets *= 2;
    if (caption_words_room(0, buckets) < 0)
        return -1;
    caption_words.mask = buckets - 1;
    for (size_t b = 0; b < buckets; b++)
        caption_words.head[b] = -1;
    for (Py_ssize_t w = count - 1; w >= 0; w--) {  /* from the last: each bucket's list in text order */
        const size_t b = CAPTION_WORD_BUCKET(caption_words.hash[w]);
        caption_words.next[w] = caption_words.head[b];
        caption_words.head[b] = (int32_t)w;
    }
    Py_INCREF(text);
    caption_words.text = text;
    return 0;
}

/* the first word of caption_words (from = -1) or the next after from, in text order, that is key_data[start:end]
 * (of kind key_kind, hash hash); -1: none */
static Py_ssize_t
caption_word_next(Py_ssize_t from, uint64_t hash, int key_kind, const void *key_data, Py_ssize_t start,
                  Py_ssize_t end)
{
    PyObject *text = caption_words.text;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t w = from < 0 ? caption_words.head[CAPTION_WORD_BUCKET(hash)] : caption_words.next[from];
    for (; w >= 0; w = caption_words.next[w]) {
        if (caption_words.hash[w] != hash || caption_words.length[w] != end - start)
            continue;
        const Py_ssize_t at = caption_words.space[w] + 1;
        Py_ssize_t i = 0;
        while (i < end - start && PyUnicode_READ(kind, data, at + i) == PyUnicode_READ(key_kind, key_data, start + i))
            i++;
        if (i == end - start)
            return w;
    }
    return -1;
}

/* whether text[from:from + length] occurs twice without overlap in text (str.count(...) > 1), where each occurrence
 * holds the word text[word:word_end] whole after a space at offset lead from its start; -1: an error */
static int
caption_twice_by_word(PyObject *text, Py_ssize_t from, Py_ssize_t length, Py_ssize_t word, Py_ssize_t word_end,
                      Py_ssize_t lead)
{
    if (caption_words_of(text) < 0)
        return -1;
    const int kind = PyUnicode_KIND(text);
    const char *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const uint64_t hash = caption_word_hash(kind, kind, data, word, word_end, n);
    Py_ssize_t free_from = 0, found = 0;  /* (str.count's: an occurrence counts where the last one counted ended) */
    for (Py_ssize_t w = caption_word_next(-1, hash, kind, data, word, word_end); w >= 0;
         w = caption_word_next(w, hash, kind, data, word, word_end)) {
        const Py_ssize_t at = caption_words.space[w] - lead;
        if (at < free_from || at + length > n
                || memcmp(data + at * kind, data + from * kind, (size_t)length * kind) != 0)
            continue;
        if (++found == 2)
            return 1;
        free_from = at + length;
    }
    return 0;
}

/* whether f"{prefix}{word} " occurs in text, for prefix " " or ". " (the word holds no space); -1: an error */
static int
caption_holds_word(PyObject *text, const char *prefix, PyObject *word)
{
    if (caption_words_of(text) < 0)
        return -1;
    const int kind = PyUnicode_KIND(text), word_kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(text), *word_data = PyUnicode_DATA(word);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text), length = PyUnicode_GET_LENGTH(word);
    if (kind == PyUnicode_1BYTE_KIND && word_kind != PyUnicode_1BYTE_KIND)
        return 0;  /* a character beyond the text's */
    const uint64_t hash = caption_word_hash(kind, word_kind, word_data, 0, length, length);
    const int stop = prefix[0] == '.';
    for (Py_ssize_t w = caption_word_next(-1, hash, word_kind, word_data, 0, length); w >= 0;
         w = caption_word_next(w, hash, word_kind, word_data, 0, length)) {
        const Py_ssize_t space = caption_words.space[w];
        if (space + 1 + length < n && (!stop || (space > 0 && PyUnicode_READ(kind, data, space - 1) == '.')))
            return 1;  /* followed by a space (a word ends at one or at the end), after the stop asked for */
    }
    return 0;
}

/* caption_scans(text, start, end, candidate, first, most, floor, gains, flags, cues) -> (next, most)
 *     captions._python_scans_on for a text shorter than occurrences.LONG_TEXT: the scans of the candidate in the
 *     stretch text[start:end] (captions.SCANS: the three words before the seam again, the word opening a sentence
 *     elsewhere, the word in lower case, the word again, the three words after the seam again, a photo cue before
 *     it, after it), from the first, each appended to the list flags (a bool); each that is off takes its gain
 *     (the tuple gains, floats in SCANS order) from most, and the scans stop once most is below floor. cues() gives
 *     the sorted positions of the paragraph's photo cues (asked only when a cue scan is reached). Returns the index
 *     of the next scan (7 once all are done) and most. Each question is the twin's str.find or `in`, with its
 *     arguments (Python's slice rules for a negative end included).
 */

/* text.find(needle) found twice without overlap (captions._twice; an empty needle: always); -1: an error */
static int
caption_twice(PyObject *text, PyObject *needle)
{
    const Py_ssize_t first = PyUnicode_Find(text, needle, 0, PY_SSIZE_T_MAX, 1);
    if (first < 0)
        return first == -1 ? 0 : -1;
    const Py_ssize_t second = PyUnicode_Find(text, needle, first + PyUnicode_GET_LENGTH(needle), PY_SSIZE_T_MAX, 1);
    return second == -2 ? -1 : second >= 0;
}

/* whether text holds text2 between the ASCII prefix and suffix (f"{prefix}{word}{suffix}" in text); -1: an error */
static int
caption_holds_framed(PyObject *text, const char *prefix, PyObject *word, const char *suffix)
{
    PyObject *needle = PyUnicode_FromFormat("%s%U%s", prefix, word, suffix);
    if (needle == NULL)
        return -1;
    const int held = PyUnicode_Contains(text, needle);
    Py_DECREF(needle);
    return held;
}

/* bisect.bisect_left(positions, x) of a list of ints; -1: an error */
static Py_ssize_t
caption_bisect(PyObject *positions, Py_ssize_t x)
{
    Py_ssize_t low = 0, high = PyList_GET_SIZE(positions);
    while (low < high) {
        const Py_ssize_t middle = low + (high - low) / 2;
        const Py_ssize_t at = PyLong_AsSsize_t(PyList_GET_ITEM(positions, middle));
        if (at == -1 && PyErr_Occurred())
            return -1;
        if (at < x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

/* whether the str s holds no space (a word caption_holds_word can look for) */
static int
caption_spaceless(PyObject *s)
{
    return PyUnicode_FindChar(s, ' ', 0, PyUnicode_GET_LENGTH(s), 1) == -1;
}

/* scan k of captions.SCANS of the candidate (seam, before, word, after) in text[start:end], given before's length,
 * the bare word and the first character of after (0: none): 0 or 1, -1 an error */
static int
caption_scan(int k, PyObject *text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t seam, Py_ssize_t before_length,
             PyObject *bare, Py_UCS4 after_first, PyObject *cues, PyObject **positions)
{
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    switch (k) {
    case 0: {  /* echo: the text from the space before the word before the seam's word before, found twice */
        const Py_ssize_t inner = PyUnicode_FindChar(text, ' ', start, seam - before_length, -1);
        if (inner == -2)
            return -1;
        const Py_ssize_t tail = PyUnicode_FindChar(text, ' ', start, inner, -1);
        if (tail == -2)
            return -1;
        if (tail <= start)
            return 0;
        if (seam > tail) {  /* " prev before": by the places of its first word, where a space follows it */
            const int kind = PyUnicode_KIND(text);
            const void *data = PyUnicode_DATA(text);
            Py_ssize_t word_end = tail + 1;
            while (word_end < seam && PyUnicode_READ(kind, data, word_end) != ' ')
                word_end++;
            if (word_end < seam)
                return caption_twice_by_word(text, tail, seam - tail, tail + 1, word_end, 0);
        }
        PyObject *needle = PyUnicode_Substring(text, tail, seam > tail ? seam : tail);
        if (needle == NULL)
            return -1;
        const int twice = caption_twice(text, needle);
        Py_DECREF(needle);
        return twice;
    }
    case 1: {  /* opens_sentence */
        if (!(after_first && Py_UNICODE_ISLOWER(after_first)))
            return 0;
        return caption_spaceless(bare) ? caption_holds_word(text, ". ", bare) : caption_holds_framed(text, ". ", bare, " ");
    }
    case 2: {  /* lower_use */
        if (PyUnicode_GET_LENGTH(bare) <= 2)
            return 0;
        PyObject *lower = caption_lowered(bare);
        if (lower == NULL)
            return -1;
        const int held = caption_spaceless(lower) ? caption_holds_word(text, " ", lower)
                                                  : caption_holds_framed(text, " ", lower, " ");
        Py_DECREF(lower);
        return held;
    }
    case 3:  /* repeated */
        return caption_twice_by_capital(text, bare);
    case 4: {  /* echo_after: the three words after the seam (captions._THREE_WORDS, \S+ \S+ \S+) found twice */
        const int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        const Py_ssize_t stop = end < n ? end : n;
        Py_ssize_t p = seam + 1, ends[3];
        for (int word = 0; word < 3; word++) {
            if (word && !(p < stop && PyUnicode_READ(kind, data, p) == ' '))
                return 0;
            p += word > 0;
            const Py_ssize_t from = p;
            while (p < stop && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, p)))
                p++;
            if (p == from)
                return 0;
            ends[word] = p;
        }
        /* by the places of the second word, whole between two spaces */
        return caption_twice_by_word(text, seam + 1, p - seam - 1, ends[0] + 1, ends[1], ends[0] - seam - 1);
    }
    default: {  /* cue_before (5), cue_after (6) */
        if (*positions == NULL) {
            *positions = PyObject_CallNoArgs(cues);
            if (*positions == NULL)
                return -1;
            if (!PyList_Check(*positions)) {
                PyErr_SetString(PyExc_TypeError, "caption_scans(): cues() must give a list of ints");
                return -1;
            }
        }
        const Py_ssize_t count = PyList_GET_SIZE(*positions);
        if (k == 5) {
            const Py_ssize_t near = caption_bisect(*positions, start > seam - CAPTION_CUE_WINDOW ? start
                                                                                              : seam - CAPTION_CUE_WINDOW);
            if (near < 0)
                return -1;
            if (near >= count)
                return 0;
            const Py_ssize_t at = PyLong_AsSsize_t(PyList_GET_ITEM(*positions, near));
            return at == -1 && PyErr_Occurred() ? -1 : at < seam;
        }
        const Py_ssize_t last = caption_bisect(*positions, end < seam + CAPTION_CUE_WINDOW ? end
                                                                                            : seam + CAPTION_CUE_WINDOW);
        const Py_ssize_t from = caption_bisect(*positions, seam);
        return last < 0 || from < 0 ? -1 : from < last;
    }
    }
}

static PyObject *
caption_scans(PyObject *module, PyObject *args)
{
    PyObject *text, *c, *gains, *flags, *cues;
    Py_ssize_t start, end, first;
    double most, least;
    if (!PyArg_ParseTuple(args, "UnnO!nddO!O!O:caption_scans", &text, &start, &end, &PyTuple_Type, &c, &first, &most,
                          &least, &PyTuple_Type, &gains, &PyList_Type, &flags, &cues))
        return NULL;
    if (PyTuple_GET_SIZE(c) != 16 || PyTuple_GET_SIZE(gains) != CAPTION_SCANS) {
        PyErr_SetString(PyExc_ValueError, "caption_scans(): a captions.Candidate and one gain per scan");
        return NULL;
    }
    PyObject *before = PyTuple_GET_ITEM(c, 1), *word = PyTuple_GET_ITEM(c, 2), *after = PyTuple_GET_ITEM(c, 3);
    const Py_ssize_t seam = PyLong_AsSsize_t(PyTuple_GET_ITEM(c, 0));
    if (seam == -1 && PyErr_Occurred())
        return NULL;
    if (!PyUnicode_Check(before) || !PyUnicode_Check(word) || !PyUnicode_Check(after)) {
        PyErr_SetString(PyExc_TypeError, "caption_scans(): a candidate's words are str");
        return NULL;
    }
    /* the word without its opening quotes and closing colons */
    Py_ssize_t bare_start = 0, bare_end = PyUnicode_GET_LENGTH(word);
    while (bare_start < bare_end && caption_open_quote(PyUnicode_READ_CHAR(word, bare_start)))
        bare_start++;
    while (bare_end > bare_start && PyUnicode_READ_CHAR(word, bare_end - 1) == ':')
        bare_end--;
    PyObject *bare = PyUnicode_Substring(word, bare_start, bare_end);
    if (bare == NULL)
        return NULL;
    PyObject *positions = NULL, *result = NULL;
    Py_ssize_t k = first < 0 ? 0 : first;
    for (; k < CAPTION_SCANS; k++) {
        const int on = caption_scan((int)k, text, start, end, seam, PyUnicode_GET_LENGTH(before), bare,
                                    caption_first(after), cues, &positions);
        if (on < 0 || PyList_Append(flags, on ? Py_True : Py_False) < 0)
            goto done;
        if (!on) {
            PyObject *gain = PyTuple_GET_ITEM(gains, k);
            const double taken = PyFloat_AsDouble(gain);
            if (taken == -1.0 && PyErr_Occurred())
                goto done;
            most -= taken;
            if (most < least) {
                k++;
                break;
            }
        }
    }
    result = Py_BuildValue("(nd)", k, most);
done:
    Py_DECREF(bare);
    Py_XDECREF(positions);
    return result;
}

/* ---- 17x: a paragraph's caption seams, scored in one call ---- */
/* captions.caption_seams for a text shorter than occurrences.LONG_TEXT, with its pure-Python twin there
 * (captions._python_caption_seams; tests/test_native_caption_seams.py compares them):
 *
 * caption_seams(text, filters, feature_args, cuts, scan_gain, scan_gains, most_in_block, cues) -> list[tuple]
 *     The fields of each captions.Candidate that caption_seams reports, in text order: the candidates of
 *     caption_candidates (filters: captions._FILTERS), their features and log-odds as caption_features gives them
 *     (feature_args: captions._feature_args()), scanned as caption_scans scans them while their bound holds; those
 *     that reach the threshold (not a date list), and beside them, in a stretch, up to most_in_block that reach the
 *     block threshold. cuts: (the threshold's log-odds, the block threshold's, the lower of the two, the rounding the
 *     bounds allow); scan_gain: captions._scan_gain(after_lower, before_lower) at index 2 * after_lower +
 *     before_lower; scan_gains: captions._scan_gains(opens_sentence, lower_use, name_clause), (total, gains) at index
 *     4 * opens_sentence + 2 * lower_use + name_clause; cues: a captions._CuePositions of text.
 */

typedef struct {
    const CaptionRaw *raw;   /* the candidate (the raws' of caption_candidates_of) */
    Py_ssize_t seam, start, end;
    char on[CF_COUNT];       /* its features before the scans */
    double most;             /* its log-odds with the most the scans could add (captions._Scored.raw) */
    double bound;            /* the most its log-odds can still reach as the scans go (pending[0]) */
    const double *gains;     /* what each scan can add (the table's row) */
    int next;                /* the next scan to ask; -1: not started */
    int done;                /* scanned: z and the flags hold */
    char flags[CAPTION_SCANS], junction, sure, reported;
    double z;
} CaptionSeam;

typedef struct {
    PyObject *text, *cues, *positions;
    double weight[CF_COUNT];
    double lowest, rounding;
} CaptionScoring;

/* where the candidate's word without its opening quotes and closing colons (captions' bare word) starts and ends in
 * text */
static void
caption_bare_span(PyObject *text, const CaptionRaw *raw, Py_ssize_t *start, Py_ssize_t *end)
{
    *start = raw->word_start;
    *end = raw->word_end;
    while (*start < *end && caption_open_quote(PyUnicode_READ_CHAR(text, *start)))
        (*start)++;
    while (*end > *start && PyUnicode_READ_CHAR(text, *end - 1) == ':')
        (*end)--;
}

/* whether the candidate's next word in text (its colons cut off) is a verb after a name: captions._verb_after_name */
static int
caption_verb_after(PyObject *text, const CaptionRaw *raw, const char on[CF_COUNT])
{
    if (on[CF_AFTER_AUXILIARY])
        return 1;
    Py_ssize_t n = raw->after_end;
    while (n > raw->after_start && PyUnicode_READ_CHAR(text, n - 1) == ':')
        n--;
    return on[CF_AFTER_LOWER] && n - raw->after_start >= 2 && PyUnicode_READ_CHAR(text, n - 2) == 'e'
           && PyUnicode_READ_CHAR(text, n - 1) == 'd';
}

/* captions._Scored.reaching: 1 when the candidate is scanned (c->z holds), 0 when its bound fell below cut first,
 * -1 on an error */
static int
caption_reaching(CaptionScoring *s, CaptionSeam *c, double cut)
{
    if (c->done)
        return 1;
    if (c->next < 0) {
        c->bound = c->z + c->gains[0];  /* (c->z holds the raw log-odds until the scans are done) */
        c->next = 0;
    }
    const double floor = cut - s->rounding;
    if (c->bound < floor)
        return 0;
    const CaptionRaw *raw = c->raw;
    Py_ssize_t bare_start, bare_end;
    caption_bare_span(s->text, raw, &bare_start, &bare_end);
    PyObject *bare = PyUnicode_Substring(s->text, bare_start, bare_end);
    if (bare == NULL)
        return -1;
    const Py_UCS4 after_first = raw->after_end > raw->after_start ? PyUnicode_READ_CHAR(s->text, raw->after_start) : 0;
    int k = c->next;
    for (; k < CAPTION_SCANS; k++) {
        const int on = caption_scan(k, s->text, c->start, c->end, c->seam, c->seam - raw->before_start, bare,
                                    after_first, s->cues, &s->positions);
        if (on < 0) {
            Py_DECREF(bare);
            return -1;
        }
        c->flags[k] = (char)on;
        if (!on) {
            c->bound -= c->gains[1 + k];
            if (c->bound < floor) {
                k++;
                break;
            }
        }
    }
    Py_DECREF(bare);
    c->next = k;
    if (k < CAPTION_SCANS)
        return 0;
    /* captions._scanned_on: the scans' features set on the raw ones (echo, opens_sentence, lower_use, repeated,
     * echo_after, cue_before, cue_after) */
    const int name_clause = c->on[CF_BEFORE_LOWER] && !c->on[CF_TITLE_NOUN] && !c->on[CF_STARTER]
                            && caption_verb_after(s->text, raw, c->on);
    c->on[CF_ECHO] = c->flags[0];
    c->on[CF_OPENS_SENTENCE] = (char)(c->flags[1] && c->on[CF_AFTER_LOWER]);
    c->on[CF_LOWER_USE] = c->flags[2];
    c->on[CF_REPEATED] = c->flags[3];
    c->on[CF_NAME_CLAUSE] = (char)(c->flags[3] && name_clause);
    c->on[CF_ECHO_AFTER] = c->flags[4];
    c->on[CF_CUE_BEFORE] = c->flags[5];
    c->on[CF_CUE_AFTER] = c->flags[6];
    c->z = caption_log_odds(c->on, s->weight);
    if (c->z >= s->lowest) {  /* the repeated junction only lowers a score: asked only where the lower cut is met */
        /* " before word", the text's own where a space is before it (the seam's space is between them) */
        PyObject *junction;
        if (raw->before_start > 0 && PyUnicode_READ_CHAR(s->text, raw->before_start - 1) == ' ')
            junction = PyUnicode_Substring(s->text, raw->before_start - 1, raw->word_end);
        else {
            PyObject *words = PyUnicode_Substring(s->text, raw->before_start, raw->word_end);
            junction = words == NULL ? NULL : PyUnicode_FromFormat(" %U", words);
            Py_XDECREF(words);
        }
        if (junction == NULL)
            return -1;
        const int twice = caption_twice_by_capital(s->text, junction);
        Py_DECREF(junction);
        if (twice < 0)
            return -1;
        if (twice) {
            c->junction = 1;
            c->on[CF_JUNCTION_TWICE] = 1;
            c->z = caption_log_odds(c->on, s->weight);
        }
    }
    c->done = 1;
    return 1;
}

/* captions._in_date_list: a year before the seam and a month after it (-1: an error) */
static int
caption_date_list(PyObject *text, const CaptionSeam *c, PyObject *month_names)
{
    const CaptionRaw *raw = c->raw;
    if (c->seam - raw->before_start != 4)
        return 0;
    for (Py_ssize_t i = raw->before_start; i < c->seam; i++)
        if (!Py_UNICODE_ISDIGIT(PyUnicode_READ_CHAR(text, i)))
            return 0;
    return caption_holds(month_names, text, raw->word_start, raw->word_end);
}

/* the fields of the scanned candidate c of text (a new tuple) */
static PyObject *
caption_scanned_fields(PyObject *text, const CaptionSeam *c)
{
    char scanned[CAPTION_SCANS + 1];  /* the scans' flags, then junction_twice */
    memcpy(scanned, c->flags, CAPTION_SCANS);
    scanned[CAPTION_SCANS] = c->junction;
    return caption_raw_fields(text, c->raw, scanned);
}

/* caption_seams's arguments between the text and the cues, parsed: kept for the tuples last given (held), which
 * captions._seams_args gives every call (29d: their parsing was a tenth of a call's instructions) */
typedef struct {
    PyObject *given[5];  /* filters, feature_args, cuts, scan_gain, scan_gains (references held) */
    CaptionSets filter_sets;
    CaptionLimits limits;
    Py_ssize_t min_paragraph;
    CaptionWordSets sets;
    double weight[CF_COUNT];
    double cut, block_cut, lowest, rounding, gain[4], table[8][1 + CAPTION_SCANS];
} CaptionSeamsSetup;

static CaptionSeamsSetup caption_seams_setup;

/* caption_seams_setup for the tuples given, parsed unless they are those it holds; -1: an error (it holds none) */
static int
caption_seams_setup_of(PyObject *const given[5])
{
    CaptionSeamsSetup *setup = &caption_seams_setup;
    if (memcmp(setup->given, given, sizeof setup->given) == 0)
        return 0;
    for (int k = 0; k < 5; k++)
        Py_CLEAR(setup->given[k]);
    PyObject *filters = given[0], *feature_args = given[1], *cuts = given[2], *scan_gain = given[3],
             *scan_gains = given[4], *names, *weights;
    CaptionWordSets *sets = &setup->sets;
    if (caption_filters_parsed(filters, &setup->filter_sets, &setup->limits, &setup->min_paragraph) < 0
        || !PyArg_ParseTuple(feature_args, "O!O!O!O!O!O!O!O!O!O!O!O!O!O!:caption_seams", &PyTuple_Type, &names,
                             &PyTuple_Type, &weights, &PyFrozenSet_Type, &sets->starters, &PyFrozenSet_Type,
                             &sets->contracted, &PyFrozenSet_Type, &sets->pronouns, &PyFrozenSet_Type, &sets->into_name,
                             &PyFrozenSet_Type, &sets->title_nouns, &PyFrozenSet_Type, &sets->auxiliaries,
                             &PyFrozenSet_Type, &sets->time_words, &PyFrozenSet_Type, &sets->weekdays, &PyFrozenSet_Type,
                             &sets->month_names, &PyFrozenSet_Type, &sets->modifiers, &PyFrozenSet_Type,
                             &sets->inside_phrase, &PyFrozenSet_Type, &sets->infinitive_markers)
        || caption_weights(names, weights, setup->weight) < 0
        || !PyArg_ParseTuple(cuts, "dddd:caption_seams", &setup->cut, &setup->block_cut, &setup->lowest,
                             &setup->rounding)
        || !PyArg_ParseTuple(scan_gain, "dddd:caption_seams", &setup->gain[0], &setup->gain[1], &setup->gain[2],
                             &setup->gain[3]))
        return -1;
    if (PyTuple_GET_SIZE(scan_gains) != 8) {
        PyErr_SetString(PyExc_ValueError, "caption_seams(): scan_gains holds eight rows");
        return -1;
    }
    for (int row = 0; row < 8; row++) {
        PyObject *pair = PyTuple_GET_ITEM(scan_gains, row), *each;
        if (!PyArg_ParseTuple(pair, "dO!:caption_seams", &setup->table[row][0], &PyTuple_Type, &each))
            return -1;
        if (PyTuple_GET_SIZE(each) != CAPTION_SCANS) {
            PyErr_SetString(PyExc_ValueError, "caption_seams(): one gain per scan");
            return -1;
        }
        for (int k = 0; k < CAPTION_SCANS; k++)
            if ((setup->table[row][1 + k] = PyFloat_AsDouble(PyTuple_GET_ITEM(each, k))) == -1.0 && PyErr_Occurred())
                return -1;
    }
    for (int k = 0; k < 5; k++) {
        Py_INCREF(given[k]);
        setup->given[k] = given[k];
    }
    return 0;
}

static PyObject *
caption_seams(PyObject *module, PyObject *args)
{
    PyObject *text, *given[5], *cues;
    Py_ssize_t most_in_block;
    if (!PyArg_ParseTuple(args, "UO!O!O!O!O!nO:caption_seams", &text, &PyTuple_Type, &given[0], &PyTuple_Type,
                          &given[1], &PyTuple_Type, &given[2], &PyTuple_Type, &given[3], &PyTuple_Type, &given[4],
                          &most_in_block, &cues)
        || caption_seams_setup_of(given) < 0)
        return NULL;
    const CaptionSeamsSetup *setup = &caption_seams_setup;
    const CaptionWordSets sets = setup->sets;
    const double cut = setup->cut, block_cut = setup->block_cut, *gain = setup->gain;
    const double (*table)[1 + CAPTION_SCANS] = setup->table;
    CaptionScoring s = {text, cues, NULL};
    memcpy(s.weight, setup->weight, sizeof s.weight);
    s.lowest = setup->lowest;
    s.rounding = setup->rounding;
    /* the candidates, as caption_candidates(text, *filters) finds them */
    CaptionRaws raws = {NULL, 0, 0};
    if (caption_candidates_of(text, &setup->filter_sets, &setup->limits, setup->min_paragraph, &raws) < 0)
        return NULL;
    const Py_ssize_t count = raws.count;
    PyObject *found = NULL;
    CaptionSeam *seams = PyMem_New(CaptionSeam, count ? count : 1);
    if (seams == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* captions._Scored: each candidate's features, log-odds and the most the scans could lift it to */
    for (Py_ssize_t i = 0; i < count; i++) {
        CaptionSeam *c = &seams[i];
        const CaptionRaw *raw = c->raw = &raws.at[i];
        c->seam = raw->seam;
        c->start = raw->start;
        c->end = raw->end;
        static const char unscanned[8];
        if (caption_features_of((CaptionPart){text, raw->before_start, raw->seam},
                                (CaptionPart){text, raw->word_start, raw->word_end},
                                (CaptionPart){text, raw->after_start, raw->after_end},
                                (CaptionPart){text, raw->third_start, raw->third_end},
                                (CaptionPart){text, raw->previous_start, raw->previous_end}, raw->left, raw->right,
                                unscanned, raw->lower, &sets, c->on) < 0)
            goto done;
        c->z = caption_log_odds(c->on, s.weight);
        c->most = c->z + gain[2 * c->on[CF_AFTER_LOWER] + c->on[CF_BEFORE_LOWER]];
        Py_ssize_t bare_start, bare_end;
        caption_bare_span(text, raw, &bare_start, &bare_end);
        const int name_clause = c->on[CF_BEFORE_LOWER] && !c->on[CF_TITLE_NOUN] && !c->on[CF_STARTER]
                                && caption_verb_after(text, raw, c->on);
        c->gains = table[4 * c->on[CF_AFTER_LOWER] + 2 * (bare_end - bare_start > 2) + name_clause];
        c->next = -1;
        c->done = c->junction = c->sure = c->reported = 0;
    }
    /* captions._Scored.sure, the date lists left out */
    int any = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        CaptionSeam *c = &seams[i];
        if (c->most < cut)
            continue;
        const int reached = caption_reaching(&s, c, cut);
        if (reached < 0)
            goto done;
        if (reached && c->z >= cut) {
            const int dated = caption_date_list(text, c, sets.month_names);
            if (dated < 0)
                goto done;
            c->sure = c->reported = (char)!dated;
            any = any || !dated;
        }
    }
    /* in each stretch with a sure seam, the weaker ones that reach the block threshold, unless more than a picture
     * block holds (the stretches come in text order, each one run of candidates) */
    for (Py_ssize_t first = 0, last; any && first < count; first = last) {
        int sure = 0;
        for (last = first; last < count && seams[last].start == seams[first].start
                           && seams[last].end == seams[first].end; last++)
            sure = sure || seams[last].sure;
        if (!sure)
            continue;
        Py_ssize_t added = 0;
        for (Py_ssize_t i = first; i < last; i++) {
            CaptionSeam *c = &seams[i];
            if (c->sure || c->most < block_cut)
                continue;
            const int dated = caption_date_list(text, c, sets.month_names);
            const int reached = dated ? 0 : caption_reaching(&s, c, block_cut);
            if (dated < 0 || reached < 0)
                goto done;
            c->reported = (char)(reached && c->z >= block_cut);
            added += c->reported;
        }
        if (added > most_in_block)
            for (Py_ssize_t i = first; i < last; i++)
                seams[i].reported = seams[i].sure;
    }
    if ((found = PyList_New(0)) == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < count; i++)
        if (seams[i].reported && append_new(found, caption_scanned_fields(text, &seams[i])) < 0) {
            Py_CLEAR(found);
            goto done;
        }
done:
    PyMem_Free(seams);
    Py_XDECREF(s.positions);
    caption_raws_clear(&raws);
    return found;
}

/* lower_upper_spans(text) -> list[tuple[int, int]]
 *     NL316's glue cues: the span of each ASCII lower-case letter followed by an ASCII capital ([a-z][A-Z], none
 *     overlaps another), in order, as the twin (cuewindows.SpansByRe2 of the pattern) finds them. */
#define LOWER_UPPER_PASS(TYPE) do {                                                                    \
        const TYPE *chars = (const TYPE *)data;                                                        \
        for (Py_ssize_t i = 0; i + 1 < n; i++) {                                                       \
            if ((Py_UCS4)chars[i + 1] - 'A' >= 26u || (Py_UCS4)chars[i] - 'a' >= 26u)                  \
                continue;                                                                              \
            if (append_new(found, Py_BuildValue("(nn)", i, i + 2)) < 0) {                              \
                Py_CLEAR(found);                                                                       \
                return NULL;                                                                           \
            }                                                                                          \
            i++;                                                                                       \
        }                                                                                              \
    } while (0)

static PyObject *
lower_upper_spans(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "lower_upper_spans");
    STR_CHARS(text);
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    switch (kind) {
    case PyUnicode_1BYTE_KIND: LOWER_UPPER_PASS(Py_UCS1); break;
    case PyUnicode_2BYTE_KIND: LOWER_UPPER_PASS(Py_UCS2); break;
    default: LOWER_UPPER_PASS(Py_UCS4); break;
    }
    return found;
}

/* ---- 30a: NL311's short lines to read, the story's plain sentences passed over in one pass ---- */

/*
 * furniture_lines_to_read(texts, shapes, text, paragraph_words, lower_words, reader) -> list of int
 *     (twin: rules.lines.furniture._python_lines_to_read)
 *     The indices of the texts of 320 characters or fewer that NL311 must read, in order: all but the story's plain
 *     sentences (furniture._plain_line), of which it reports none: a sentence's end last (line_sentence_end), more
 *     than eight words as str.split() counts them (`shapes`: the texts' line_forms shapes, whose first item is that
 *     count, 34d), no '@', 'www' or 'http', none of the line's lower-cased tokens
 *     (lower_words, each line's count of them its list's in paragraph_words) in the set `reader` (of ASCII
 *     letters), or each of the line's words that is one in capitals ('US', furniture._reader_words_in_capitals, 34d), no digit
 *     opening the next text (str.isdigit), no pull quote's words twice in `text` (the line stripped of
 *     furniture._PULL_QUOTE_TRIM, six to forty words, twenty characters or more: what follows its first space
 *     found twice, as occurrences.Occurrences.twice finds it in a text shorter than occurrences.LONG_TEXT; every
 *     short line of a longer text is read) and no paragraph within three holding two of the line's three probes
 *     (furniture._reworded_source). NL311 read each such line in Python, a few thousand instructions of tests in a
 *     row (four short lines in five on the BBC + scraped mix).
 */
#define READ_SHORT 320         /* furniture._SHORT */
#define READ_LONG_TEXT 20000   /* occurrences.LONG_TEXT */
#define READ_WORDS 8           /* a line of more words may be _prose's */
#define READ_PROBE 20          /* furniture._PROBE */
#define READ_REACH 3           /* furniture._REWORDED_REACH */
#define READ_QUOTE_WORDS_MIN 6
#define READ_QUOTE_WORDS_MAX 40
#define READ_QUOTE_LENGTH 20

/* one of furniture._PULL_QUOTE_TRIM's characters */
static inline int
read_quote_trim(Py_UCS4 ch)
{
    switch (ch) {
    case ' ': case '\t': case '"': case '\'': case '.': case ',': case ';': case ':': case '!': case '?':
    case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x2026:
        return 1;
    default:
        return 0;
    }
}

/* whether `line[from:to]` stands twice in `whole` without overlapping itself, as Occurrences.twice finds it in a
 * short text (block 17r's caption_twice: two finds); -1 on an error */
static int
read_said_again(PyObject *whole, PyObject *line, Py_ssize_t from, Py_ssize_t to)
{
    PyObject *needle = PyUnicode_Substring(line, from, to);
    if (needle == NULL)
        return -1;
    const int twice = caption_twice(whole, needle);
    Py_DECREF(needle);
    return twice;
}

/* whether `other` holds `line[at:at + READ_PROBE]`; -1 on an error */
static int
read_holds_probe(PyObject *other, PyObject *line, Py_ssize_t at)
{
    PyObject *probe = PyUnicode_Substring(line, at, at + READ_PROBE);
    if (probe == NULL)
        return -1;
    const int holds = PyUnicode_Contains(other, probe);
    Py_DECREF(probe);
    return holds;
}

/* whether a paragraph within READ_REACH of line `index` may say it in other words (_reworded_source is not None);
 * -1 on an error */
static int
read_reworded(PyObject **items, Py_ssize_t count, Py_ssize_t index)
{
    PyObject *line = items[index];
    const Py_ssize_t size = PyUnicode_GET_LENGTH(line);
    if (index <= 0 || index >= count - 1 || size < READ_PROBE * 3
            || 2 * PyUnicode_GET_LENGTH(items[index - 1]) < 3 * size
            || 2 * PyUnicode_GET_LENGTH(items[index + 1]) < 3 * size)
        return 0;  /* (len(neighbour) < size * 1.5, in integers) */
    STR_CHARS(line);
    const Py_ssize_t last = line_end(kind, data, n);
    if (last == 0 || !line_sentence_end(PyUnicode_READ(kind, data, last - 1)))
        return 0;
    const Py_ssize_t probes[3] = {size / 5, size / 2 - READ_PROBE / 2, size * 4 / 5 - READ_PROBE};
    const Py_ssize_t low = index - READ_REACH > 0 ? index - READ_REACH : 0;
    const Py_ssize_t high = index + READ_REACH + 1 < count ? index + READ_REACH + 1 : count;
    for (Py_ssize_t source = low; source < high; source++) {
        PyObject *other = items[source];
        if (source == index || PyUnicode_GET_LENGTH(other) <= size)
            continue;
        int held = 0;  /* of the three probes, two must stand in the paragraph */
        for (int k = 0; k < 3 && held < 2 && held + 3 - k >= 2; k++) {
            const int holds = read_holds_probe(other, line, probes[k]);
            if (holds < 0)
                return -1;
            held += holds;
        }
        if (held >= 2)
            return 1;
    }
    return 0;
}

/* one of the characters furniture._prose strips from a word's ends (_WORD_EDGES) (34d) */
static inline int
read_word_edge(Py_UCS4 ch)
{
    switch (ch) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '"': case 0x201D: case 0x2019: case '\'':
    case '(': case ')':
        return 1;
    default:
        return 0;
    }
}

/* whether each of the line's words (str.split()'s, _WORD_EDGES stripped) that `reader` (a set of words of ASCII
 * letters) holds lowered is in capitals ('US'), as furniture._reader_words_in_capitals answers: no line holding the
 * Kelvin sign (which lowers into 'k'); a word of ASCII letters not all capitals is lowered and looked up, any other
 * lowers into no reader's word; -1 on an error (34d) */
static int
read_reader_words_in_capitals(int kind, const void *data, Py_ssize_t n, PyObject *reader)
{
    if (kind != PyUnicode_1BYTE_KIND)
        for (Py_ssize_t i = 0; i < n; i++)
            if (PyUnicode_READ(kind, data, i) == 0x212A)
                return 0;
    for (Py_ssize_t i = 0; i < n;) {
        while (i < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        Py_ssize_t first = i;
        while (i < n && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        Py_ssize_t last = i;
        while (first < last && read_word_edge(PyUnicode_READ(kind, data, first)))
            first++;
        while (last > first && read_word_edge(PyUnicode_READ(kind, data, last - 1)))
            last--;
        int letters = first < last, capitals = 1;
        for (Py_ssize_t k = first; k < last && letters; k++) {
            const Py_UCS4 ch = PyUnicode_READ(kind, data, k);
            letters = ch < 128 && Py_ISALPHA(ch);
            capitals = capitals && Py_ISUPPER(ch);
        }
        if (!letters || capitals)
            continue;
        PyObject *lowered = PyUnicode_New(last - first, 127);
        if (lowered == NULL)
            return -1;
        Py_UCS1 *to = PyUnicode_1BYTE_DATA(lowered);
        for (Py_ssize_t k = first; k < last; k++)
            to[k - first] = (Py_UCS1)Py_TOLOWER(PyUnicode_READ(kind, data, k));
        const int held = PySet_Contains(reader, lowered);
        Py_DECREF(lowered);
        if (held != 0)
            return held < 0 ? -1 : 0;
    }
    return 1;
}

/* whether the bytes hold `tail` right after one of their bytes `head` (memchr to each `head`) (34d) */
static int
read_bytes_hold(const char *chars, Py_ssize_t n, char head, const char *tail, Py_ssize_t size)
{
    for (const char *at = chars, *end = chars + n - size; at < end; at++) {
        at = memchr(at, head, (size_t)(end - at));
        if (at == NULL)
            return 0;
        if (memcmp(at + 1, tail, (size_t)size) == 0)
            return 1;
    }
    return 0;
}

/* whether the text holds '@', 'www' or 'http' (a one-byte text searched by memchr for '@', 'w' and 'h'; they were
 * looked for at each character beside the count of its words, which line_forms's shapes give, 34d) */
static int
read_holds_address(int kind, const void *data, Py_ssize_t n)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const char *chars = (const char *)data;
        return memchr(chars, '@', (size_t)n) != NULL || read_bytes_hold(chars, n, 'w', "ww", 2)
            || read_bytes_hold(chars, n, 'h', "ttp", 3);
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch == '@')
            return 1;
        if (ch == 'w' && i + 2 < n && PyUnicode_READ(kind, data, i + 1) == 'w'
                && PyUnicode_READ(kind, data, i + 2) == 'w')
            return 1;
        if (ch == 'h' && i + 3 < n && PyUnicode_READ(kind, data, i + 1) == 't'
                && PyUnicode_READ(kind, data, i + 2) == 't' && PyUnicode_READ(kind, data, i + 3) == 'p')
            return 1;
    }
    return 0;
}

/* the lengths (a bit each, 1 to 63) of the words of the frozenset `reader` that open with each character below 256,
 * kept for the last frozenset asked (a reference held: its address stays its own), or NULL where the set is no
 * frozenset or holds another kind of word: a token whose first character and length open no reader's word is none,
 * and is not looked up (35d: 60,562 look-ups of 107 instructions a pass over the mix, most of them of words such as
 * 'said' or 'the'); NULL with an exception on an error */
static PyObject *read_firsts_of;      /* the frozenset read_firsts holds the lengths of (a reference), or NULL */
static int read_firsts_kept;          /* whether every word of it is a str of 1 to 63 characters, the first below 256 */
static uint64_t read_firsts[256];

static const uint64_t *
read_reader_firsts(PyObject *reader)
{
    if (!PyFrozenSet_CheckExact(reader))
        return NULL;
    if (read_firsts_of != reader) {
        PyObject *words = PyObject_GetIter(reader);
        if (words == NULL)
            return NULL;
        Py_XDECREF(read_firsts_of);
        read_firsts_of = NULL;
        memset(read_firsts, 0, sizeof(read_firsts));
        int kept = 1;
        for (PyObject *word; kept && (word = PyIter_Next(words)) != NULL; Py_DECREF(word)) {
            const Py_ssize_t length = PyUnicode_CheckExact(word) ? PyUnicode_GET_LENGTH(word) : 0;
            const Py_UCS4 first = length ? PyUnicode_READ_CHAR(word, 0) : 0;
            kept = length >= 1 && length <= 63 && first < 256;
            if (kept)
                read_firsts[first] |= (uint64_t)1 << length;
        }
        Py_DECREF(words);
        if (PyErr_Occurred())
            return NULL;
        Py_INCREF(reader);
        read_firsts_of = reader;
        read_firsts_kept = kept;
    }
    return read_firsts_kept ? read_firsts : NULL;
}

/* whether `reader` may hold the token: a str whose first character and length open none of its words (`firsts`,
 * read_reader_firsts's) is none of them */
static inline int
read_may_hold(const uint64_t *firsts, PyObject *token)
{
    if (firsts == NULL || !PyUnicode_CheckExact(token))
        return 1;
    const Py_ssize_t length = PyUnicode_GET_LENGTH(token);
    if (length < 1 || length > 63)
        return 0;
    const Py_UCS4 first = PyUnicode_READ_CHAR(token, 0);
    return first < 256 && (firsts[first] >> length & 1);
}

/* whether line `index`, of `words` words (str.split()'s), is one of the story's plain sentences
 * (furniture._plain_line); -1 on an error */
static int
read_plain_line(PyObject **items, Py_ssize_t count, Py_ssize_t index, Py_ssize_t words, PyObject *whole,
                PyObject *lower_words, Py_ssize_t start, Py_ssize_t end, PyObject *reader)
{
    PyObject *line = items[index];
    STR_CHARS(line);
    if (n == 0 || !line_sentence_end(PyUnicode_READ(kind, data, n - 1)))
        return 0;
    if (index + 1 < count && PyUnicode_GET_LENGTH(items[index + 1]) > 0
            && Py_UNICODE_ISDIGIT(PyUnicode_READ_CHAR(items[index + 1], 0)))
        return 0;  /* (a gallery's slide under it) */
    if (words <= READ_WORDS || read_holds_address(kind, data, n))
        return 0;
    const Py_ssize_t tokens = PyList_GET_SIZE(lower_words);
    const uint64_t *firsts = read_reader_firsts(reader);
    if (firsts == NULL && PyErr_Occurred())
        return -1;
    for (Py_ssize_t j = start; j < end && j < tokens; j++) {
        if (!read_may_hold(firsts, PyList_GET_ITEM(lower_words, j)))
            continue;
        const int found = PySet_Contains(reader, PyList_GET_ITEM(lower_words, j));
        if (found < 0)
            return -1;
        if (found) {  /* a reader's word among the tokens: plain only if each stands in capitals ('US', 34d) */
            const int capitals = read_reader_words_in_capitals(kind, data, n, reader);
            if (capitals <= 0)
                return capitals;
            break;
        }
    }
    Py_ssize_t first = 0, last = n;  /* the pull quote's core: line.strip(_PULL_QUOTE_TRIM) */
    while (first < last && read_quote_trim(PyUnicode_READ(kind, data, first)))
        first++;
    while (last > first && read_quote_trim(PyUnicode_READ(kind, data, last - 1)))
        last--;
    Py_ssize_t spaces = 0, space = -1;
    for (Py_ssize_t i = first; i < last; i++)
        if (PyUnicode_READ(kind, data, i) == ' ') {
            spaces++;
            if (space < 0)
                space = i;
        }
    if (spaces + 1 >= READ_QUOTE_WORDS_MIN && spaces + 1 <= READ_QUOTE_WORDS_MAX && last - first >= READ_QUOTE_LENGTH) {
        const int again = read_said_again(whole, line, space, last);
        if (again != 0)
            return again < 0 ? -1 : 0;
    }
    const int reworded = read_reworded(items, count, index);
    return reworded < 0 ? -1 : !reworded;
}

static PyObject *
furniture_lines_to_read(PyObject *module, PyObject *args)
{
    PyObject *texts, *shapes, *whole, *paragraph_words, *lower_words, *reader;
    if (!PyArg_ParseTuple(args, "O!O!UO!O!O:furniture_lines_to_read", &PyList_Type, &texts, &PyList_Type, &shapes,
                          &whole, &PyList_Type, &paragraph_words, &PyList_Type, &lower_words, &reader))
        return NULL;
    const Py_ssize_t count = PyList_GET_SIZE(texts);
    if (!PyAnySet_Check(reader) || PyList_GET_SIZE(paragraph_words) < count || PyList_GET_SIZE(shapes) < count) {
        PyErr_SetString(PyExc_TypeError, "furniture_lines_to_read() expects a set and a shape and a list of words for "
                                         "each text");
        return NULL;
    }
    PyObject **items = PySequence_Fast_ITEMS(texts);
    for (Py_ssize_t k = 0; k < count; k++)
        if (!PyUnicode_Check(items[k])) {
            PyErr_SetString(PyExc_TypeError, "furniture_lines_to_read() expects a list of str");
            return NULL;
        }
    PyObject *read = PyList_New(0);
    if (read == NULL)
        return NULL;
    const int indexed = PyUnicode_GET_LENGTH(whole) >= READ_LONG_TEXT;
    Py_ssize_t start = 0;
    for (Py_ssize_t k = 0; k < count; k++) {
        const Py_ssize_t words = PyObject_Length(PyList_GET_ITEM(paragraph_words, k));
        if (words < 0)
            goto fail;
        if (PyUnicode_GET_LENGTH(items[k]) <= READ_SHORT) {
            PyObject *shape = PyList_GET_ITEM(shapes, k);
            const Py_ssize_t split = PyTuple_Check(shape) && PyTuple_GET_SIZE(shape) > 0
                ? PyLong_AsSsize_t(PyTuple_GET_ITEM(shape, 0)) : -1;
            if (split < 0) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_TypeError, "furniture_lines_to_read() expects shapes of line_forms");
                goto fail;
            }
            const int plain = indexed ? 0 : read_plain_line(items, count, k, split, whole, lower_words, start,
                                                            start + words, reader);
            if (plain < 0)
                goto fail;
            if (!plain) {
                PyObject *at = PyLong_FromSsize_t(k);
                if (at == NULL || PyList_Append(read, at) < 0) {
                    Py_XDECREF(at);
                    goto fail;
                }
                Py_DECREF(at);
            }
        }
        start += words;
    }
    return read;
fail:
    Py_DECREF(read);
    return NULL;
}

/* ---- 27b: the line rules' marks of an article's lines, in one pass ---- */

/*
 * The marks of each text that line_forms (block 26c) gives, a bit for each question the line rules ask of every
 * paragraph: 1 when it holds a line break ("\n"), 2 a soft hyphen ("\xad"), 4 'By', 8 when it ends like a sentence,
 * white space aside (one of . ! ? " ” ’ ) last, as line_shapes reads it), 16 when a text of 320 characters or
 * fewer holds a cut ('...' or '…': NL311 reads it of a line that short only, and a long one-line page is not
 * searched for it, 28b), 32 two spaces in a row ("  ") and 64 a colon before a space (": "), NL312's (block 17C). A one-byte text is searched by memchr for each ('B' for 'By', '.' for '...'): a str's `in`
 * read every character of a paragraph for 'By' (16 M instructions on the BBC + scraped mix) and of the whole text
 * for '...' (13 M); a wider one is read once.
 */
#define LINE_MARK_BREAK 1
#define LINE_MARK_SOFT_HYPHEN 2
#define LINE_MARK_BY 4
#define LINE_MARK_CLOSED 8
#define LINE_MARK_CUT 16
#define LINE_MARK_PAIRS 32  /* pair_marks_of's bits (block 17C), shifted: 32 "  ", 64 ": " */

static inline int line_sentence_end(Py_UCS4 ch);  /* block 26c */

static int
line_marks_of_bytes(const char *chars, Py_ssize_t n, int cuts)
{
    int marks = 0;
    if (memchr(chars, '\n', (size_t)n) != NULL)
        marks |= LINE_MARK_BREAK;
    if (memchr(chars, 0xAD, (size_t)n) != NULL)
        marks |= LINE_MARK_SOFT_HYPHEN;
    for (const char *at = chars, *end = chars + n; at < end - 1; at++) {
        at = memchr(at, 'B', (size_t)(end - 1 - at));
        if (at == NULL)
            break;
        if (at[1] == 'y') {
            marks |= LINE_MARK_BY;
            break;
        }
    }
    for (const char *at = chars, *end = chars + n; cuts && at < end - 2; at++) {
        at = memchr(at, '.', (size_t)(end - 2 - at));
        if (at == NULL)
            break;
        if (at[1] == '.' && at[2] == '.') {
            marks |= LINE_MARK_CUT;
            break;
        }
    }
    return marks;
}

static int
line_marks_of_wide(int kind, const void *data, Py_ssize_t n, int cuts)
{
    int marks = 0;
    Py_ssize_t dots = 0, i = 0;  /* the full stops in a row up to here */
    if (kind == PyUnicode_2BYTE_KIND && n > 2) {  /* each mark of the characters before the last two, in a loop without
                                                   * a branch that the compiler reads sixteen bytes at a time (35d) */
        const Py_UCS2 *chars = (const Py_UCS2 *)data;
        unsigned char breaks = 0, hyphens = 0, by = 0, cut = 0;
        for (; i < n - 2; i++) {
            breaks |= chars[i] == '\n';
            hyphens |= chars[i] == 0xAD;
            by |= (chars[i] == 'B') & (chars[i + 1] == 'y');
            cut |= (chars[i] == 0x2026) | ((chars[i] == '.') & (chars[i + 1] == '.') & (chars[i + 2] == '.'));
        }
        marks = (breaks ? LINE_MARK_BREAK : 0) | (hyphens ? LINE_MARK_SOFT_HYPHEN : 0) | (by ? LINE_MARK_BY : 0)
            | (cut && cuts ? LINE_MARK_CUT : 0);  /* (the last two read below: no three full stops in a row there) */
    }
    for (; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        dots = ch == '.' ? dots + 1 : 0;
        if (ch == '\n')
            marks |= LINE_MARK_BREAK;
        else if (ch == 0xAD)
            marks |= LINE_MARK_SOFT_HYPHEN;
        else if (ch == 'B' && i + 1 < n && PyUnicode_READ(kind, data, i + 1) == 'y')
            marks |= LINE_MARK_BY;
        else if (cuts && (dots >= 3 || ch == 0x2026))
            marks |= LINE_MARK_CUT;
    }
    return marks;
}

/* texts as a sequence whose every item is a str (a new reference), else NULL with a TypeError of `message`
 * (line_shapes, line_forms) */
static PyObject *
line_texts(PyObject *texts, const char *message)
{
    PyObject *sequence = PySequence_Fast(texts, message);
    if (sequence == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(sequence); k++)
        if (!PyUnicode_Check(PySequence_Fast_GET_ITEM(sequence, k))) {
            PyErr_SetString(PyExc_TypeError, message);
            Py_DECREF(sequence);
            return NULL;
        }
    return sequence;
}

/* the length of a text once the white space at its end is left out (str.rstrip) */
static inline Py_ssize_t
line_end(int kind, const void *data, Py_ssize_t n)
{
    while (n > 0 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, n - 1)))
        n--;
    return n;
}

/* ---- 26c: the line rules' shapes of an article's lines, in one pass ---- */

/*
 * line_shapes(texts) -> (shapes, closed)  (twin: furniture._python_line_shapes)
 *     Each text's shape as furniture._shape gives it, (its words as str.split() counts them, whether it is a short
 *     non-sentence), (46, False) for a text of more than 320 characters, and whether every text ends like a
 *     sentence, white space aside (one of . ! ? " ” ’ ) last). One call for an article's lines: the word count of a
 *     short line without the list of words split() makes (13,000 instructions a line), the last character found
 *     back from the end.
 */
#define LINE_LONG 320       /* furniture._LONG */
#define LINE_LONG_WORDS 46  /* furniture.MAX_WORDS + 1 */
#define LINE_LOOSE_WORDS 8  /* a short non-sentence has at most this many words */

static inline int
line_sentence_end(Py_UCS4 ch)
{
    return ch == '.' || ch == '!' || ch == '?' || ch == '"' || ch == 0x201D || ch == 0x2019 || ch == ')';
}

/* whether a character of a one-byte text is white space (str.isspace: '\t' to '\r', '\x1c' to '\x1f', ' ', '\x85' and
 * '\xa0'), 1 or 0, by tests without a branch (35d) */
static inline unsigned char
line_latin1_space(Py_UCS1 ch)
{
    return (unsigned char)((ch == ' ') | ((Py_UCS1)(ch - '\t') < 5) | ((Py_UCS1)(ch - 0x1C) < 4) | (ch == 0x85)
                           | (ch == 0xA0));
}

/* the shape of one text as line_shapes gives it (a new reference), given where its end's white space starts (`last`)
 * and whether it ends like a sentence; `long_shape` for a text of more than 320 characters (line_shapes, line_forms) */
static PyObject *
line_shape(int kind, const void *data, Py_ssize_t n, Py_ssize_t last, int sentence, PyObject *long_shape)
{
    if (n > LINE_LONG) {
        Py_INCREF(long_shape);
        return long_shape;
    }
    Py_ssize_t words = 0;
    if (kind == PyUnicode_1BYTE_KIND) {  /* a word opens at each character that is no space after a space (35d: a
                                          * loop without a branch, which the compiler reads sixteen bytes at a time) */
        const Py_UCS1 *chars = (const Py_UCS1 *)data;
        words = last > 0 && !line_latin1_space(chars[0]);
        for (Py_ssize_t i = 1; i < last; i++)
            words += (line_latin1_space(chars[i]) ^ 1) & line_latin1_space(chars[i - 1]);
    }
    else {
        int in_word = 0;
        for (Py_ssize_t i = 0; i < last; i++) {
            const int space = Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i));
            words += !space && !in_word;
            in_word = !space;
        }
    }
    const Py_UCS4 first = n ? PyUnicode_READ(kind, data, 0) : 0;
    const int listed = n >= 2 && PyUnicode_READ(kind, data, 1) == ' '
        && (first == '-' || first == 0x2013 || first == 0x2022 || first == '*' || first == 0xB7);
    const int loose = words > 0 && words <= LINE_LOOSE_WORDS && !sentence && !listed;
    PyObject *number = PyLong_FromSsize_t(words);
    if (number == NULL)
        return NULL;
    PyObject *shape = PyTuple_Pack(2, number, loose ? Py_True : Py_False);
    Py_DECREF(number);
    return shape;
}

/*
 * line_forms(texts) -> (shapes, closed, marks)  (twin: rules.lines._shared._python_line_forms)
 *     line_shapes's two answers and the texts' marks (block 27b) in one call, each text's end found once: NL311
 *     asked line_shapes and line_marks of the same paragraphs, each call with its own pass over the list (28b).
 *     line_shapes(texts) is the same pass without the marks.
 */
static PyObject *
line_forms_of(PyObject *texts, int with_marks)
{
    PyObject *sequence = line_texts(texts, with_marks ? "line_forms() expects a sequence of str"
                                                      : "line_shapes() expects a sequence of str");  /* (block 27b) */
    if (sequence == NULL)
        return NULL;
    const Py_ssize_t count = PySequence_Fast_GET_SIZE(sequence);
    PyObject **items = PySequence_Fast_ITEMS(sequence);
    PyObject *shapes = PyList_New(count), *marks = PyBytes_FromStringAndSize(NULL, with_marks ? count : 0);
    PyObject *long_shape = Py_BuildValue("(nO)", (Py_ssize_t)LINE_LONG_WORDS, Py_False);
    int closed = 1;
    if (shapes == NULL || marks == NULL || long_shape == NULL)
        goto fail;
    char *mark = PyBytes_AS_STRING(marks);
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *text = items[k];
        STR_CHARS(text);
        const Py_ssize_t last = line_end(kind, data, n);  /* the text is text[:last] once its end's white space is out */
        const int sentence = last > 0 && line_sentence_end(PyUnicode_READ(kind, data, last - 1));
        closed = closed && sentence;
        if (with_marks) {
            const int cuts = n <= LINE_LONG;
            const int found = kind == PyUnicode_1BYTE_KIND ? line_marks_of_bytes((const char *)data, n, cuts)
                                                           : line_marks_of_wide(kind, data, n, cuts);
            mark[k] = (char)(found | (sentence ? LINE_MARK_CLOSED : 0) | pair_marks_of(kind, data, n) * LINE_MARK_PAIRS);
        }
        PyObject *shape = line_shape(kind, data, n, last, sentence, long_shape);
        if (shape == NULL)
            goto fail;
        PyList_SET_ITEM(shapes, k, shape);
    }
    Py_DECREF(long_shape);
    Py_DECREF(sequence);
    if (with_marks)
        return Py_BuildValue("(NON)", shapes, closed ? Py_True : Py_False, marks);
    Py_DECREF(marks);
    return Py_BuildValue("(NO)", shapes, closed ? Py_True : Py_False);
fail:
    Py_XDECREF(shapes);
    Py_XDECREF(marks);
    Py_XDECREF(long_shape);
    Py_DECREF(sequence);
    return NULL;
}

static PyObject *
line_shapes(PyObject *module, PyObject *texts)
{
    return line_forms_of(texts, 0);
}

static PyObject *
line_forms(PyObject *module, PyObject *texts)
{
    return line_forms_of(texts, 1);
}

/* ---- 17C: the line rules' pairs of characters ---- */

/*
 * pair_marks_of(kind, data, n) -> int  (line_forms, block 26c; twin: rules.lines._shared._python_line_marks)
 *     A bit for each pair of characters NL312 asks a paragraph about, found in one pass that stops once both are: 1
 *     when text holds two spaces in a row ("  "), 2 when it holds a colon before a space (": "). A str's `in` scans
 *     the text once for each at 1.5 ns a character (the space that ends both is frequent); a one-byte or two-byte
 *     text is read here in blocks of 64 characters by a loop without a branch, which -O3 compiles to sixteen-byte
 *     reads (35d: 4.5 instructions a byte when read eight bytes at a time, 1.4 now), the rest a character at a time. (NL312 asked it of each paragraph by a call of its own, pair_marks(text); the
 *     marks of line_forms hold it since 28b: one call per article.)
 */
/* the pairs that start in each block of PAIR_MARKS_BLOCK characters from `done` on, while a character follows the
 * block (35d: a smaller block leaves fewer characters to the pass a character at a time, a larger one more; 64 read
 * fewest instructions over the mix's paragraphs) */
#define PAIR_MARKS_BLOCK 64
#define PAIR_MARKS_BLOCKS(TYPE) do {                                                                   \
        const TYPE *chars = (const TYPE *)data;                                                        \
        for (; done + PAIR_MARKS_BLOCK < n && marks != 3; done += PAIR_MARKS_BLOCK) {                  \
            unsigned char doubled = 0, labelled = 0;                                                   \
            for (int k = 0; k < PAIR_MARKS_BLOCK; k++) {                                               \
                const unsigned char after = chars[done + k + 1] == ' ';                                \
                doubled |= (chars[done + k] == ' ') & after;                                           \
                labelled |= (chars[done + k] == ':') & after;                                          \
            }                                                                                          \
            marks |= doubled | labelled << 1;                                                          \
        }                                                                                              \
    } while (0)
#define PAIR_MARKS_PASS(TYPE, FROM) do {                                                               \
        const TYPE *chars = (const TYPE *)data;                                                        \
        for (Py_ssize_t i = (FROM) > 1 ? (FROM) : 1; i < n && marks != 3; i++) {                       \
            if (chars[i] != ' ')                                                                       \
                continue;                                                                              \
            if (chars[i - 1] == ' ')                                                                   \
                marks |= 1;                                                                            \
            else if (chars[i - 1] == ':')                                                              \
                marks |= 2;                                                                            \
        }                                                                                              \
    } while (0)

/* the high bit of each byte of x that equals the byte c repeats, no other bit (no carry crosses a byte) */
static inline uint64_t
bytes_equal(uint64_t x, uint64_t c)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL, t = x ^ c;
    return ~(((t & low7) + low7) | t | low7);
}

static int
pair_marks_of(int kind, const void *data, Py_ssize_t n)
{
    int marks = 0;
    Py_ssize_t done = 0;  /* the pairs starting before this index are read */
    if (kind == PyUnicode_1BYTE_KIND)  /* (35d: blocks of pairs without a branch, read sixteen bytes at a time) */
        PAIR_MARKS_BLOCKS(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND)
        PAIR_MARKS_BLOCKS(Py_UCS2);
    switch (kind) {
    case PyUnicode_1BYTE_KIND: PAIR_MARKS_PASS(Py_UCS1, done); break;
    case PyUnicode_2BYTE_KIND: PAIR_MARKS_PASS(Py_UCS2, done); break;
    default: PAIR_MARKS_PASS(Py_UCS4, done); break;
    }
    return marks;
}

/* ---- 30b: whether a text holds any of some strings ---- */
/* holds_any(text, start, needles) -> bool: whether one of the tuple's strings occurs in text at start or after it
 * (a negative start counted from the end), as its twin captions._python_holds_any (str.find of each) answers; one
 * pass over the text, each character's low byte looked up in a table of the needles whose first character has that
 * low byte (a bit each), only those compared (NL312's credit hints in a paragraph's last 160 characters, where a
 * regex of the alternatives tried each at every character; its picture words). More than HOLDS_ANY_MOST needles:
 * each found by PyUnicode_Find. */
#define HOLDS_ANY_MOST 64
#if defined(__GNUC__) || defined(__clang__)
#define HOLDS_ANY_LOWEST(bits) __builtin_ctzll(bits)
#else
static int
holds_any_lowest(uint64_t bits)
{
    int j = 0;
    for (; !(bits & 1); bits >>= 1)
        j++;
    return j;
}
#define HOLDS_ANY_LOWEST(bits) holds_any_lowest(bits)
#endif

static int
holds_needle_at(int kind, const void *data, Py_ssize_t at, PyObject *needle, Py_ssize_t length)
{
    const int needle_kind = PyUnicode_KIND(needle);
    const void *needle_data = PyUnicode_DATA(needle);
    if (kind == needle_kind)
        return memcmp((const char *)data + at * kind, needle_data, (size_t)(length * kind)) == 0;
    for (Py_ssize_t k = 1; k < length; k++)
        if (PyUnicode_READ(kind, data, at + k) != PyUnicode_READ(needle_kind, needle_data, k))
            return 0;
    return 1;
}

#define HOLDS_ANY_PASS(T)                                                                                \
    do {                                                                                                 \
        const T *chars = (const T *)data;                                                                \
        for (Py_ssize_t i = start; i < n; i++) {                                                         \
            const Py_UCS4 c = chars[i];                                                                  \
            for (uint64_t bits = firsts[c & 0xFF]; bits; bits &= bits - 1) {                             \
                const int j = HOLDS_ANY_LOWEST(bits);                                                    \
                if (heads[j] == c && lengths[j] <= n - i                                                 \
                    && (lengths[j] == 1 || (chars[i + 1] == seconds[j]                                   \
                                            && holds_needle_at(kind, data, i, kept[j], lengths[j]))))    \
                    Py_RETURN_TRUE;                                                                      \
            }                                                                                            \
        }                                                                                                \
    } while (0)

/* a tuple's needles as the pass reads them: the bits of the needles by their first character's low byte, each one's
 * first two characters and length; kept for the last HOLDS_ANY_TABLES tuples asked (a reference held to each, so
 * that its address stays its own), the least lately used given up first: a call clears and fills no 2 KB table (NL312
 * asks the same three tuples of each paragraph and an article's picture words of several; 31d) */
#define HOLDS_ANY_TABLES 8
typedef struct {
    PyObject *needles;  /* the tuple (a reference), or NULL */
    uint64_t used_at;   /* the call that last read it */
    int empty;          /* a needle is "" */
    Py_ssize_t used;
    uint64_t firsts[256];
    PyObject *kept[HOLDS_ANY_MOST];
    Py_UCS4 heads[HOLDS_ANY_MOST], seconds[HOLDS_ANY_MOST];
    Py_ssize_t lengths[HOLDS_ANY_MOST];
} HoldsAnyTable;
static HoldsAnyTable holds_any_tables[HOLDS_ANY_TABLES];
static uint64_t holds_any_calls;

/* the table of ``needles`` (a tuple of at most HOLDS_ANY_MOST str): kept, or made in the least lately used slot. A
 * needle whose characters are wider than the text's is kept too: its first or a later character never equals one of
 * the text's, so the pass never finds it. */
static const HoldsAnyTable *
holds_any_table(PyObject *needles)
{
    HoldsAnyTable *table = &holds_any_tables[0];
    holds_any_calls++;
    for (int k = 0; k < HOLDS_ANY_TABLES; k++) {
        if (holds_any_tables[k].needles == needles) {
            holds_any_tables[k].used_at = holds_any_calls;
            return &holds_any_tables[k];
        }
        if (holds_any_tables[k].used_at < table->used_at)
            table = &holds_any_tables[k];
    }
    Py_XDECREF(table->needles);
    Py_INCREF(needles);
    table->needles = needles;
    table->used_at = holds_any_calls;
    table->empty = 0;
    table->used = 0;
    memset(table->firsts, 0, sizeof(table->firsts));
    const Py_ssize_t count = PyTuple_GET_SIZE(needles);
    for (Py_ssize_t j = 0; j < count; j++) {
        PyObject *needle = PyTuple_GET_ITEM(needles, j);
        const Py_ssize_t length = PyUnicode_GET_LENGTH(needle);
        if (length == 0) {
            table->empty = 1;
            continue;
        }
        const Py_ssize_t used = table->used++;
        table->kept[used] = needle;
        table->heads[used] = PyUnicode_READ_CHAR(needle, 0);
        table->seconds[used] = length > 1 ? PyUnicode_READ_CHAR(needle, 1) : 0;
        table->lengths[used] = length;
        table->firsts[table->heads[used] & 0xFF] |= (uint64_t)1 << used;
    }
    return table;
}

static PyObject *
holds_any(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyTuple_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "holds_any(text, start, needles): a str, an int and a tuple of str");
        return NULL;
    }
    PyObject *text = args[0], *needles = args[2];
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    if (start == -1 && PyErr_Occurred())
        return NULL;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text), count = PyTuple_GET_SIZE(needles);
    if (start < 0)  /* as str.find reads it: from the end */
        start = start + n < 0 ? 0 : start + n;
    for (Py_ssize_t j = 0; j < count; j++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(needles, j))) {
            PyErr_SetString(PyExc_TypeError, "holds_any: the needles must be str");
            return NULL;
        }
    if (count > HOLDS_ANY_MOST) {
        for (Py_ssize_t j = 0; j < count; j++) {
            Py_ssize_t at = PyUnicode_Find(text, PyTuple_GET_ITEM(needles, j), start, PY_SSIZE_T_MAX, 1);
            if (at == -2)
                return NULL;
            if (at >= 0)
                Py_RETURN_TRUE;
        }
        Py_RETURN_FALSE;
    }
    const HoldsAnyTable *table = holds_any_table(needles);
    if (table->empty && start <= n)  /* str.find finds "" at start, if start is inside the text or at its end */
        Py_RETURN_TRUE;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const uint64_t *firsts = table->firsts;
    PyObject *const *kept = table->kept;
    const Py_UCS4 *heads = table->heads, *seconds = table->seconds;
    const Py_ssize_t *lengths = table->lengths;
    switch (kind) {
    case PyUnicode_1BYTE_KIND: HOLDS_ANY_PASS(Py_UCS1); break;
    case PyUnicode_2BYTE_KIND: HOLDS_ANY_PASS(Py_UCS2); break;
    default: HOLDS_ANY_PASS(Py_UCS4); break;
    }
    Py_RETURN_FALSE;
}

/* ---- 34d: the paragraphs NL314 reads ---- */

/*
 * stamp_paragraphs(texts, marks, openings) -> list of int  (twin: rules.lines.stamps._python_stamp_paragraphs)
 *     The indices of the texts NL314 reads, in order: 80 characters or fewer (stamps.STAMP_LONGEST), a line break
 *     (the LINE_MARK_BREAK bit of `marks`, line_forms's), a digit last (str.isdigit) or one of the tuple `openings`
 *     first (a byline's, str.startswith, asked only where the text's first character is the opening's, 35d); no
 *     other text holds what its loop reports. Its loop asked the four of each paragraph in Python (most paragraphs:
 *     long prose, none of them).
 */
#define STAMP_SHORT 80

static PyObject *
stamp_paragraphs(PyObject *module, PyObject *args)
{
    PyObject *given[3];
    if (!unpack_args(args, "stamp_paragraphs", 3, (PyTypeObject *const[]){&PyList_Type, &PyBytes_Type, &PyTuple_Type},
                     given))
        return NULL;
    PyObject *texts = given[0], *marks = given[1], *openings = given[2];
    const Py_ssize_t count = PyList_GET_SIZE(texts);
    if (PyBytes_GET_SIZE(marks) < count) {
        PyErr_SetString(PyExc_TypeError, "stamp_paragraphs() expects a mark for each text");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(openings); k++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(openings, k))) {
            PyErr_SetString(PyExc_TypeError, "stamp_paragraphs() expects a tuple of str");
            return NULL;
        }
    const char *mark = PyBytes_AS_STRING(marks);
    PyObject *read = PyList_New(0);
    if (read == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *text = PyList_GET_ITEM(texts, k);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "stamp_paragraphs() expects a list of str");
            goto fail;
        }
        STR_CHARS(text);
        int take = n <= STAMP_SHORT || (mark[k] & LINE_MARK_BREAK) || Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, n - 1));
        const Py_UCS4 first = n ? PyUnicode_READ(kind, data, 0) : 0;
        for (Py_ssize_t j = 0; !take && j < PyTuple_GET_SIZE(openings); j++) {
            PyObject *opening = PyTuple_GET_ITEM(openings, j);
            if (PyUnicode_GET_LENGTH(opening) > 0 && PyUnicode_READ_CHAR(opening, 0) != first)
                continue;  /* (most: a long paragraph opens otherwise; 35d) */
            const Py_ssize_t opens = PyUnicode_Tailmatch(text, opening, 0, n, -1);
            if (opens < 0)
                goto fail;
            take = opens > 0;
        }
        if (take && append_new(read, PyLong_FromSsize_t(k)) < 0)
            goto fail;
    }
    return read;
fail:
    Py_DECREF(read);
    return NULL;
}

/* ---- 44a: where a byline of a page flattened to one line may open ---- */
/* flat_byline_starts(text) -> list[int]  (twin: rules.lines.stamps._python_flat_byline_starts)
 *     Where stamps._FLAT_BYLINE may match in text, in order: after a space, 'by', 'By:' or 'Author', a colon or
 *     none, a space and what a name opens with (a capital A-Z, or a particle's first letter: d, v, a, e, b, l). NL314
 *     and NL315 found the openings in a long page by three str.find passes and matched the regex at each (most: 'by
 *     the'); a one-byte str's 'y's and 'A's are found by memchr (45b), and so are a two-byte str's, a byte found a
 *     'y' or an 'A' where it is a whole character's (scraped pages' curly quotes make most two-byte strs). */

/* Where the opening whose 'y' ('by', 'By:') or 'A' ('Author') is text[i] starts, or -1 where none does or no name
 * may follow it */
static Py_ALWAYS_INLINE inline Py_ssize_t
flat_byline_at(const int kind, const void *data, const Py_ssize_t n, const Py_ssize_t i)
{
#define FLAT_CHAR(k) ((k) < n ? PyUnicode_READ(kind, data, (k)) : 0)
    Py_ssize_t opens, after;
    if (PyUnicode_READ(kind, data, i) == 'y') {
        if (i < 2 || PyUnicode_READ(kind, data, i - 2) != ' ')
            return -1;
        const Py_UCS4 b = PyUnicode_READ(kind, data, i - 1);
        if (b == 'b')
            after = i + 1;
        else if (b == 'B' && FLAT_CHAR(i + 1) == ':')
            after = i + 2;
        else
            return -1;
        opens = i - 1;
    }
    else {
        if (i < 1 || PyUnicode_READ(kind, data, i - 1) != ' ' || FLAT_CHAR(i + 1) != 'u' || FLAT_CHAR(i + 2) != 't'
            || FLAT_CHAR(i + 3) != 'h' || FLAT_CHAR(i + 4) != 'o' || FLAT_CHAR(i + 5) != 'r')
            return -1;
        opens = i;
        after = i + 6;
    }
    if (FLAT_CHAR(after) == ':')
        after++;
    const Py_UCS4 name = FLAT_CHAR(after + 1);
    if (FLAT_CHAR(after) != ' ' || !((name >= 'A' && name <= 'Z') || name == 'd' || name == 'v' || name == 'a'
                                     || name == 'e' || name == 'b' || name == 'l'))
        return -1;
    return opens;
#undef FLAT_CHAR
}

#if PY_LITTLE_ENDIAN
/* (45b) The byte index of the first character c (ASCII) of bytes[from:end], the bytes of a str of size bytes a
 * character (one or two: a character's low byte first), or end: c found by memchr, a byte of c that is a wider
 * character's passed over */
static Py_ALWAYS_INLINE inline Py_ssize_t
flat_byline_next(const Py_UCS1 *bytes, Py_ssize_t from, const Py_ssize_t end, const int size, const Py_UCS1 c)
{
    while (from < end) {
        const Py_UCS1 *at = memchr(bytes + from, c, (size_t)(end - from));
        if (at == NULL)
            return end;
        from = at - bytes;
        if (size == 1 || (!(from & 1) && bytes[from + 1] == 0))
            return from;
        from++;
    }
    return end;
}
#endif

/* Appends to starts each opening of the n characters of data (a str's, of that kind; inlined per kind); -1 on error.
 * (45b) A one- or two-byte str's 'y's and 'A's are found by memchr, each stream kept at its next one and the nearer
 * taken first: the openings in order (a 'y' opens at the character before it, an 'A' at itself; 44a stopped at each
 * byte of a text, eight at a time, on a 'y' in one word of about six) */
static Py_ALWAYS_INLINE inline int
flat_byline_scan(const int kind, const void *data, const Py_ssize_t n, PyObject *starts)
{
#if PY_LITTLE_ENDIAN
    if (kind != PyUnicode_4BYTE_KIND) {
        const Py_UCS1 *bytes = (const Py_UCS1 *)data;
        const Py_ssize_t end = n * kind;
        Py_ssize_t y = flat_byline_next(bytes, 0, end, kind, 'y'), a = flat_byline_next(bytes, 0, end, kind, 'A');
        while (y < end || a < end) {
            const Py_ssize_t at = y < a ? y : a;
            if (at == y)
                y = flat_byline_next(bytes, y + kind, end, kind, 'y');
            else
                a = flat_byline_next(bytes, a + kind, end, kind, 'A');
            const Py_ssize_t opens = flat_byline_at(kind, data, n, at / kind);
            if (opens >= 0 && append_new(starts, PyLong_FromSsize_t(opens)) < 0)
                return -1;
        }
        return 0;
    }
#endif
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch != 'y' && ch != 'A')
            continue;
        const Py_ssize_t opens = flat_byline_at(kind, data, n, i);
        if (opens >= 0 && append_new(starts, PyLong_FromSsize_t(opens)) < 0)
            return -1;
    }
    return 0;
}

static PyObject *
flat_byline_starts(PyObject *module, PyObject *text)
{
    STARTS_BY_SCAN(text, "flat_byline_starts", flat_byline_scan)
}

/* ---- 17F: a finding's fingerprint ---- */
/* fingerprint_key(text, record_id, start, end, context) -> bytes: what engine._fingerprint hashes, as its twin
 * engine._python_fingerprint_key builds it (tests/test_native_fingerprint.py compares them): the record's id,
 * the matched text and its context (up to context characters either side, within its lines), each with its runs
 * of whitespace (str.split's) made one space, joined by NULs, as UTF-8 (surrogates passed). Offsets count as in
 * str slices and str.find (a negative one from the end, each held within the text). */

/* an index as str slicing and str.find take it: a negative one counts from the end; held within 0..n */
static Py_ssize_t
held_index(Py_ssize_t i, Py_ssize_t n)
{
    if (i < 0) {
        i += n;
        return i < 0 ? 0 : i;
    }
    return i > n ? n : i;
}

/* ' '.join(text[from:to].split()) appended at out; returns the new end of out */
static Py_UCS4 *
append_collapsed(Py_UCS4 *out, int kind, const void *data, Py_ssize_t from, Py_ssize_t to)
{
    int gap = 0;  /* a run of whitespace since the last word (one space before the next word) */
    int started = 0;
    for (Py_ssize_t i = from; i < to; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISSPACE(ch)) {
            gap = 1;
            continue;
        }
        if (gap && started)
            *out++ = ' ';
        *out++ = ch;
        gap = 0;
        started = 1;
    }
    return out;
}

/* the last index of '\n' in [from, to) (str.rfind), or -1 */
static Py_ssize_t
last_newline(int kind, const void *data, Py_ssize_t from, Py_ssize_t to)
{
    for (Py_ssize_t i = to - 1; i >= from; i--)
        if (PyUnicode_READ(kind, data, i) == '\n')
            return i;
    return -1;
}

/* the first index of '\n' in [from, to) (str.find), or -1 */
static Py_ssize_t
first_newline(int kind, const void *data, Py_ssize_t from, Py_ssize_t to)
{
    for (Py_ssize_t i = from; i < to; i++)
        if (PyUnicode_READ(kind, data, i) == '\n')
            return i;
    return -1;
}

static PyObject *
fingerprint_key(PyObject *module, PyObject *args)
{
    PyObject *text, *record_id;
    Py_ssize_t start, end, context;
    if (!PyArg_ParseTuple(args, "UOnnn:fingerprint_key", &text, &record_id, &start, &end, &context))
        return NULL;
    if (record_id != Py_None && !PyUnicode_Check(record_id)) {
        PyErr_SetString(PyExc_TypeError, "fingerprint_key() expects a str or None as record_id");
        return NULL;
    }
    STR_CHARS(text);
    /* the window: up to context characters either side of the span, cut at the line ends around it */
    const Py_ssize_t before = start > context ? start - context : 0;
    Py_ssize_t from = held_index(before, n), to = held_index(end + context, n);
    if (to > from && first_newline(kind, data, from, to) != -1) {
        const Py_ssize_t after = n < end + context ? n : end + context;
        const Py_ssize_t after_held = held_index(after, n);
        Py_ssize_t line_start = last_newline(kind, data, held_index(before, n), held_index(start, n)) + 1;
        if (line_start == 0)
            line_start = before;
        const Py_ssize_t line_end = first_newline(kind, data, held_index(end, n), after_held);
        from = held_index(line_start > before ? line_start : before, n);
        to = line_end == -1 ? after_held : line_end;
    }
    const Py_ssize_t span_from = held_index(start, n), span_to = held_index(end, n);
    const Py_ssize_t id_length = record_id == Py_None ? 0 : PyUnicode_GET_LENGTH(record_id);
    const Py_ssize_t span_length = span_to > span_from ? span_to - span_from : 0;
    const Py_ssize_t window_length = to > from ? to - from : 0;
    Py_UCS4 *buffer = PyMem_New(Py_UCS4, id_length + span_length + window_length + 2);
    if (buffer == NULL)
        return PyErr_NoMemory();
    Py_UCS4 *out = buffer;
    if (id_length) {
        const int id_kind = PyUnicode_KIND(record_id);
        const void *id_data = PyUnicode_DATA(record_id);
        for (Py_ssize_t i = 0; i < id_length; i++)
            *out++ = PyUnicode_READ(id_kind, id_data, i);
    }
    *out++ = 0;
    out = append_collapsed(out, kind, data, span_from, span_to);
    *out++ = 0;
    out = append_collapsed(out, kind, data, from, to);
    PyObject *key = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buffer, out - buffer);
    PyMem_Free(buffer);
    if (key == NULL)
        return NULL;
    PyObject *encoded = PyUnicode_AsEncodedString(key, "utf-8", "surrogatepass");
    Py_DECREF(key);
    return encoded;
}

/* ---- 26e: the digits a month cue stands at, found by words of eight bytes ---- */

/* Whether one of the four UCS-2 characters at chars is an ASCII digit or beyond ASCII (a decimal digit of another
 * script may be): has_byte_between's test for 16-bit lanes, after the lanes beyond ASCII. */
static inline int
may_hold_ucs2_digit(const Py_UCS2 *chars)
{
    uint64_t x;
    memcpy(&x, chars, 8);
    const uint64_t ones = ~(uint64_t)0 / 0xffff, high = ones * 0x8000;
    if (x & ones * 0xff80)
        return 1;
    return ((ones * (0x7fff + 0x3a) - x) & ~x & (x + ones * (0x7fff - 0x2f)) & high) != 0;
}

/* Bit 7 of each of the 8 bytes of x that is an ASCII digit (has_byte_between's test, a bit a byte: 35b) */
static inline uint64_t
ascii_digit_bytes(uint64_t x)
{
    const uint64_t ones = ~(uint64_t)0 / 255, x7 = x & (ones * 127);
    return (ones * (127 + '9' + 1) - x7) & (x7 + ones * (127 - '0' + 1)) & ~x & (ones * 128);
}

/* The first digit (cue_digit: str.isdecimal, or any character beyond the BMP) at or after d in text, else n: a
 * one-byte text read eight bytes at a time (Latin-1 has no decimal digit beyond ASCII), a two-byte one four
 * characters at a time where all are ASCII. date_cues reads only these. */
static Py_ALWAYS_INLINE inline Py_ssize_t
next_cue_digit(int kind, const void *data, Py_ssize_t n, Py_ssize_t d)
{
    if (kind == PyUnicode_1BYTE_KIND) {  /* sixteen bytes a step to the digit itself (35b: a digit stands some 100
                                          * bytes from the next), then as extraction_next_byte reads */
        const Py_UCS1 *chars = data;
#if PY_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))  /* (__builtin_ctzll) */
        for (; d + 16 <= n; d += 16) {
            uint64_t x, y;
            memcpy(&x, chars + d, 8);
            memcpy(&y, chars + d + 8, 8);
            const uint64_t low = ascii_digit_bytes(x), high = ascii_digit_bytes(y);
            if (low | high)
                return d + (low ? __builtin_ctzll(low) >> 3 : 8 + (__builtin_ctzll(high) >> 3));
        }
#endif
        return extraction_next_byte(chars, d, n, ascii_digit_bytes, extraction_digit);
    }
    else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *chars = data;
        for (;;) {
            while (d + 4 <= n && !may_hold_ucs2_digit(chars + d))
                d += 4;
            const Py_ssize_t end = d + 4 < n ? d + 4 : n;  /* the four that may hold one, one at a time */
            while (d < end && !cue_digit(chars[d]))
                d++;
            if (d < end || d >= n)
                break;
        }
    }
    else {
        const Py_UCS4 *chars = data;
        while (d < n && !cue_digit(chars[d]))
            d++;
    }
    return d < n ? d : n;
}

/* ---- 32e: a JSONL record's object, read in one pass ---- */
/* json_record(line, fallback, scan) -> object
 *     json.loads(line) where line is a JSON object as a corpus writes one: '{', string keys (escapes \" \\ \/ \b \f \n
 *     \r \t and \u up to 00FF), values and '}', with JSON's white space between them and nothing after it (the line
 *     source._json_value reads). Strings (escaped as keys are), integers of up to 18 digits, true, false and null are
 *     read here; any other value by scan(line, index), json's own scanner (json.loads's value there); any other line
 *     (and any error: a control character in a string, a value scan cannot read) by fallback(line), which raises
 *     what json raises. Twin: source._python_json_record. json's scanner reads a string a character at a time
 *     (~13 instructions each, the text of every record): this finds the quotes and escapes eight bytes at a time and
 *     copies the runs between them. */
#define JSON_WHITE(ch) ((ch) == ' ' || (ch) == '\t' || (ch) == '\n' || (ch) == '\r')
#define JSON_ESCAPES_KEPT 64  /* a string's escapes whose places its first reading keeps for the copy */

/* whether a lane of x (lanes of the width ones marks, high their top bits) may be '"', '\\' or below ' ': a lane that
 * is one is flagged, and a lane above one may be (a borrow). (33c) The three tests share one ~x: x ^ '"' and
 * x ^ '\\' have x's top bit, and a lane with its top bit set is none of the three; a borrow starts only at a lane that
 * is one. */
static inline int
json_lanes_flagged(uint64_t x, uint64_t ones, uint64_t high)
{
    const uint64_t quote = x ^ (ones * '"'), slash = x ^ (ones * '\\');
    return (((quote - ones) | (slash - ones) | (x - ones * ' ')) & ~x & high) != 0;
}

/* the first of text[i:n] (chars of kind) that is '"', '\\' or below ' ', or n: eight bytes (four code units) at a
 * time, the flagged ones a character at a time */
static inline Py_ssize_t
json_string_stop(int kind, const void *chars, Py_ssize_t i, Py_ssize_t n)
{
    uint64_t x;
    if (kind == PyUnicode_1BYTE_KIND)
        for (; i + 8 <= n && (memcpy(&x, (const Py_UCS1 *)chars + i, 8),
                              !json_lanes_flagged(x, ~(uint64_t)0 / 0xFF, ~(uint64_t)0 / 0xFF * 0x80)); i += 8)
            ;
    else if (kind == PyUnicode_2BYTE_KIND)
        for (; i + 4 <= n && (memcpy(&x, (const Py_UCS2 *)chars + i, 8),
                              !json_lanes_flagged(x, ~(uint64_t)0 / 0xFFFF, ~(uint64_t)0 / 0xFFFF * 0x8000)); i += 4)
            ;
    for (; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, chars, i);
        if (ch == '"' || ch == '\\' || ch < ' ')
            break;
    }
    return i;
}

/* the value of the four hex digits at text[i:i + 4] (i + 4 <= n), or -1 */
static int
json_hex4(int kind, const void *chars, Py_ssize_t i)
{
    int value = 0;
    for (Py_ssize_t k = i; k < i + 4; k++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, chars, k);
        const int digit = ch >= '0' && ch <= '9' ? (int)ch - '0' : ch >= 'a' && ch <= 'f' ? (int)ch - 'a' + 10
            : ch >= 'A' && ch <= 'F' ? (int)ch - 'A' + 10 : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

/* the string whose text starts at text[i] (after its quote), *end set after its closing quote; NULL without an
 * error where this reading leaves it to json, NULL with one where Python failed */
static PyObject *
json_string_at(PyObject *line, int kind, const void *chars, Py_ssize_t n, Py_ssize_t i, Py_ssize_t *end)
{
    Py_ssize_t j = i, length = 0, escapes[JSON_ESCAPES_KEPT];
    int escaped = 0;  /* the escapes met (their places kept for the copy, up to JSON_ESCAPES_KEPT) */
    Py_UCS4 widest = 0;  /* the OR of the \u escapes' characters */
    for (;;) {
        const Py_ssize_t stop = json_string_stop(kind, chars, j, n);
        length += stop - j;
        if (stop >= n)
            return NULL;  /* no closing quote */
        const Py_UCS4 ch = PyUnicode_READ(kind, chars, stop);
        if (ch == '"') {
            j = stop;
            break;
        }
        if (ch != '\\' || stop + 1 >= n)
            return NULL;  /* a control character, or a backslash at the end: json's error */
        const Py_UCS4 letter = PyUnicode_READ(kind, chars, stop + 1);
        if (letter == 'u') {
            const int value = stop + 6 <= n ? json_hex4(kind, chars, stop + 2) : -1;
            if (value < 0 || value > 0xFF)
                return NULL;  /* (json pairs surrogates: a wider escape is left to it) */
            widest |= (Py_UCS4)value;
            j = stop + 6;
        }
        else if (letter == '"' || letter == '\\' || letter == '/' || letter == 'b' || letter == 'f' || letter == 'n'
                 || letter == 'r' || letter == 't')
            j = stop + 2;
        else
            return NULL;
        length++;
        if (escaped < JSON_ESCAPES_KEPT)
            escapes[escaped] = stop;
        escaped++;
    }
    *end = j + 1;
    if (!escaped)
        return PyUnicode_Substring(line, i, j);
    if (kind == PyUnicode_1BYTE_KIND && !PyUnicode_IS_ASCII(line)) {  /* its widest character (escapes are ASCII) */
        uint64_t bits = 0, x;  /* (33c) eight bytes at a time: whether one is beyond ASCII is all that counts */
        Py_ssize_t k = i;
        for (; k + 8 <= j; k += 8) {
            memcpy(&x, (const Py_UCS1 *)chars + k, 8);
            bits |= x;
        }
        for (; k < j; k++)
            bits |= ((const Py_UCS1 *)chars)[k];
        widest |= (bits & (~(uint64_t)0 / 0xFF * 0x80)) ? 0x80 : 0;
    }
    else if (kind != PyUnicode_1BYTE_KIND)
        for (Py_ssize_t k = i; k < j; k++)
            widest |= PyUnicode_READ(kind, chars, k);
    PyObject *text = PyUnicode_New(length, widest >= 0x10000 ? 0x10FFFF : widest >= 0x100 ? 0xFFFF
                                   : widest >= 0x80 ? 0xFF : 0x7F);
    if (text == NULL)
        return NULL;
    const int to_kind = PyUnicode_KIND(text);
    void *to = PyUnicode_DATA(text);
    Py_ssize_t written = 0;
    for (Py_ssize_t k = i, e = 0; k < j; e++) {  /* the runs between escapes copied, each escape's character written */
        const Py_ssize_t stop = e < escaped && e < JSON_ESCAPES_KEPT ? escapes[e] : e < escaped
            ? json_string_stop(kind, chars, k, j) : j;  /* (the string is not read again where its escapes were kept) */
        if (to_kind == kind)
            memcpy((char *)to + written * kind, (const char *)chars + k * kind, (size_t)((stop - k) * kind));
        else
            for (Py_ssize_t c = k; c < stop; c++)
                PyUnicode_WRITE(to_kind, to, written + (c - k), PyUnicode_READ(kind, chars, c));
        written += stop - k;
        if (stop >= j)
            break;
        const Py_UCS4 letter = PyUnicode_READ(kind, chars, stop + 1);
        Py_UCS4 ch = letter;
        if (letter == 'u')
            ch = (Py_UCS4)json_hex4(kind, chars, stop + 2);
        else if (letter != '"' && letter != '\\' && letter != '/')
            ch = letter == 'b' ? '\b' : letter == 'f' ? '\f' : letter == 'n' ? '\n' : letter == 'r' ? '\r' : '\t';
        PyUnicode_WRITE(to_kind, to, written++, ch);
        k = stop + (letter == 'u' ? 6 : 2);
    }
    return text;
}

/* the value at text[i] that this reading reads, *end set after it; NULL as json_string_at */
static PyObject *
json_value_at(PyObject *line, int kind, const void *chars, Py_ssize_t n, Py_ssize_t i, Py_ssize_t *end)
{
    if (i >= n)
        return NULL;
    const Py_UCS4 first = PyUnicode_READ(kind, chars, i);
    if (first == '"')
        return json_string_at(line, kind, chars, n, i + 1, end);
    static const char *const words[3] = {"null", "true", "false"};
    for (int w = 0; w < 3; w++) {
        const Py_ssize_t size = (Py_ssize_t)strlen(words[w]);
        if (first != (Py_UCS4)words[w][0] || i + size > n)
            continue;
        Py_ssize_t k = 1;
        while (k < size && PyUnicode_READ(kind, chars, i + k) == (Py_UCS4)words[w][k])
            k++;
        if (k < size)
            return NULL;
        *end = i + size;
        return Py_NewRef(w == 0 ? Py_None : w == 1 ? Py_True : Py_False);
    }
    Py_ssize_t j = i + (first == '-');
    const Py_ssize_t digits = j;
    while (j < n && PyUnicode_READ(kind, chars, j) >= '0' && PyUnicode_READ(kind, chars, j) <= '9')
        j++;
    if (j == digits || j - digits > 18 || (j - digits > 1 && PyUnicode_READ(kind, chars, digits) == '0'))
        return NULL;  /* no digit, an integer that may not fit, or a leading zero */
    if (j < n) {
        const Py_UCS4 after = PyUnicode_READ(kind, chars, j);
        if (after == '.' || after == 'e' || after == 'E')
            return NULL;  /* a float */
    }
    long long value = 0;
    for (Py_ssize_t k = digits; k < j; k++)
        value = value * 10 + (long long)(PyUnicode_READ(kind, chars, k) - '0');
    *end = j;
    return PyLong_FromLongLong(first == '-' ? -value : value);
}

/* the value at text[i] as json's scanner reads it (scan(line, i) -> (value, end)); NULL without an error where it
 * cannot (json's error: fallback raises it), with one where Python failed otherwise */
static PyObject *
json_scanned_at(PyObject *line, PyObject *scan, Py_ssize_t i, Py_ssize_t *end)
{
    PyObject *got = PyObject_CallFunction(scan, "On", line, i);
    if (got == NULL) {
        if (PyErr_ExceptionMatches(PyExc_Exception))
            PyErr_Clear();
        return NULL;
    }
    PyObject *value = NULL;
    if (PyTuple_Check(got) && PyTuple_GET_SIZE(got) == 2 && PyLong_Check(PyTuple_GET_ITEM(got, 1))) {
        *end = PyLong_AsSsize_t(PyTuple_GET_ITEM(got, 1));
        if (*end > i)
            value = Py_NewRef(PyTuple_GET_ITEM(got, 0));
        else if (PyErr_Occurred() && PyErr_ExceptionMatches(PyExc_Exception))
            PyErr_Clear();
    }
    Py_DECREF(got);
    return value;
}

/* the dict of line; NULL as json_string_at */
static PyObject *
json_object_of(PyObject *line, PyObject *scan)
{
    const int kind = PyUnicode_KIND(line);
    const void *chars = PyUnicode_DATA(line);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    if (n < 2 || PyUnicode_READ(kind, chars, 0) != '{')
        return NULL;
    PyObject *record = PyDict_New();
    if (record == NULL)
        return NULL;
    Py_ssize_t i = 1, end = 0;
#define JSON_SKIP_WHITE() while (i < n && JSON_WHITE(PyUnicode_READ(kind, chars, i))) i++
    JSON_SKIP_WHITE();
    if (i < n && PyUnicode_READ(kind, chars, i) == '}')
        i++;
    else
        for (;;) {
            if (i >= n || PyUnicode_READ(kind, chars, i) != '"')
                goto left;
            PyObject *key = json_string_at(line, kind, chars, n, i + 1, &end);
            if (key == NULL)
                goto left;
            i = end;
            JSON_SKIP_WHITE();
            PyObject *value = NULL;
            if (i < n && PyUnicode_READ(kind, chars, i) == ':') {
                i++;
                JSON_SKIP_WHITE();
                value = json_value_at(line, kind, chars, n, i, &end);
                if (value == NULL && !PyErr_Occurred())
                    value = json_scanned_at(line, scan, i, &end);
            }
            const int failed = value == NULL || PyDict_SetItem(record, key, value) < 0;
            Py_DECREF(key);
            Py_XDECREF(value);
            if (failed)
                goto left;
            i = end;
            JSON_SKIP_WHITE();
            if (i < n && PyUnicode_READ(kind, chars, i) == '}') {
                i++;
                break;
            }
            if (i >= n || PyUnicode_READ(kind, chars, i) != ',')
                goto left;
            i++;
            JSON_SKIP_WHITE();
        }
#undef JSON_SKIP_WHITE
    if (i == n)
        return record;
left:  /* an error set stays set */
    Py_DECREF(record);
    return NULL;
}

static PyObject *
json_record(PyObject *module, PyObject *args)
{
    PyObject *given[3];
    if (!unpack_args(args, "json_record", 3, (PyTypeObject *const[]){&PyUnicode_Type, NULL, NULL}, given))
        return NULL;
    PyObject *line = given[0], *fallback = given[1], *scan = given[2];
    PyObject *record = json_object_of(line, scan);
    if (record != NULL || PyErr_Occurred())
        return record;
    return PyObject_CallOneArg(fallback, line);
}

/* ---- 29c: NL316's cues of an article, one pass ---- */
/* inline_cues(text, literals) -> int or None
 *     The cues of inline._ARTICLE_CUES that text holds, a bit each (bit k: cue k), as the RE2 set answers (its twin:
 *     CueSet.held); None where text holds a lone surrogate (RE2 reads for_re2's text). literals: a tuple of (literal,
 *     anchor, bits) that inline._CUE_LITERALS makes of the cues' words, each looked for only where the character
 *     literal[anchor] stands (a capital, or the first of a rare pair of letters: most characters, lower-case
 *     letters, are passed at a table look-up of each with the one after it, 30e): where literal stands it sets bits,
 *     except that
 *     INLINE_READER (1 << 15) marks a reader word (inline._READER_PHRASES), which sets cue 6 after [a-z] where no
 *     ASCII word character follows it, and cue 8 after [.!?\n], after one of them and any character, or after one of
 *     them, one of ["”’'] and any character. In the C itself: cue 1, [a-z]{3}[A-Z]; cue 3,
 *     [.!?]["”][A-Z][^.!?"“”\n]{5,100}[a-z]["“][A-Z]; cue 4's run of eight of [.=_*~-]. One pass over the
 *     characters, no UTF-8: the RE2 set read each byte at about 18 instructions and built its states on new text. */
#define INLINE_ENTRIES_MAX 256
#define INLINE_READER (1 << 15)
#define INLINE_STOP(ch) ((ch) == '.' || (ch) == '!' || (ch) == '?' || (ch) == '\n')
#define INLINE_LOWER(ch) ((ch) >= 'a' && (ch) <= 'z')
#define INLINE_CAPITAL(ch) ((ch) >= 'A' && (ch) <= 'Z')
#define INLINE_WORD(ch) (INLINE_LOWER(ch) || INLINE_CAPITAL(ch) || ((ch) >= '0' && (ch) <= '9') || (ch) == '_')
#define INLINE_SEPARATOR(ch) ((ch) == '.' || (ch) == '=' || (ch) == '_' || (ch) == '*' || (ch) == '~' || (ch) == '-')
enum { INLINE_GLUED = 1, INLINE_QUOTED_LINE = 3, INLINE_SEPARATED = 4, INLINE_GLUED_READER = 6, INLINE_AFTER_STOP = 8 };

typedef struct {
    PyObject *literals;                 /* the tuple indexed (a reference held) */
    PyObject *literal[INLINE_ENTRIES_MAX];
    Py_ssize_t anchor[INLINE_ENTRIES_MAX];  /* the index of the character it is looked for at */
    uint64_t prefix[INLINE_ENTRIES_MAX];    /* its first eight characters (run_in_packed), and the mask of those it has */
    uint64_t prefix_mask[INLINE_ENTRIES_MAX];
    unsigned char exact[INLINE_ENTRIES_MAX];  /* whether the prefix is the literal (ASCII, eight characters at most) */
    int bits[INLINE_ENTRIES_MAX];
    int next[INLINE_ENTRIES_MAX];       /* the next entry of its key; -1: none */
    /* (an anchor's character, 128: any beyond ASCII; the character after it & 31, 32: none) -> its first entry; -1 */
    int head[129][33];
    unsigned char hot[256];             /* 1: a character a cue is asked at (a capital, [.=_*~!?-], an anchor, beyond
                                           ASCII) */
    /* (30e) two characters of a one-byte str, as one 16-bit load reads them -> 1: a cue is asked at the first (it is
       hot but an anchor or a capital, [a-z] before a capital (46b), or the anchor of a literal that the second goes on
       with or that it ends) */
    unsigned char hot_pair[65536];
} InlineLiterals;

static InlineLiterals inline_literals;

/* inline_literals indexed for literals, unless it is already; -1: an error */
static int
inline_literals_of(PyObject *literals)
{
    if (inline_literals.literals == literals)
        return 0;
    const Py_ssize_t count = PyTuple_GET_SIZE(literals);
    if (count > INLINE_ENTRIES_MAX) {
        PyErr_SetString(PyExc_ValueError, "inline_cues(): too many literals");
        return -1;
    }
    Py_CLEAR(inline_literals.literals);
    memset(inline_literals.head, 0xff, sizeof inline_literals.head);
    for (Py_ssize_t k = count - 1; k >= 0; k--) {  /* from the last: each character's entries in the tuple's order */
        PyObject *entry = PyTuple_GET_ITEM(literals, k), *literal;
        Py_ssize_t anchor;
        int bits;
        if (!PyTuple_Check(entry) || !PyArg_ParseTuple(entry, "Uni", &literal, &anchor, &bits) || anchor < 0
                || anchor >= PyUnicode_GET_LENGTH(literal) || bits <= 0 || (bits & ~(INLINE_READER | 0x1ff))) {
            memset(inline_literals.head, 0xff, sizeof inline_literals.head);
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError, "inline_cues(): each literal is (a str, an index in it, cue bits)");
            return -1;
        }
        const Py_UCS4 anchored = PyUnicode_READ_CHAR(literal, anchor);
        int *head = &inline_literals.head[anchored < 128 ? anchored : 128][
            anchor + 1 < PyUnicode_GET_LENGTH(literal) ? PyUnicode_READ_CHAR(literal, anchor + 1) & 31 : 32];
        inline_literals.literal[k] = literal;
        inline_literals.anchor[k] = anchor;
        const Py_ssize_t length = PyUnicode_GET_LENGTH(literal), packed = length < 8 ? length : 8;
        inline_literals.prefix[k] = run_in_packed(PyUnicode_KIND(literal), PyUnicode_DATA(literal), packed, 0);
        inline_literals.prefix_mask[k] = packed == 8 ? ~(uint64_t)0 : (((uint64_t)1 << (8 * packed)) - 1);
        inline_literals.exact[k] = length <= 8 && PyUnicode_IS_ASCII(literal);
        inline_literals.bits[k] = bits;
        inline_literals.next[k] = *head;
        *head = (int)k;
    }
    for (int ch = 0; ch < 256; ch++) {
        const int asked = ch >= 128 || INLINE_SEPARATOR(ch) || ch == '!' || ch == '?';  /* a cue asked at ch itself */
        inline_literals.hot[ch] = asked || INLINE_CAPITAL(ch);
        for (int next = 0; next < 256; next++) {
            const Py_UCS1 pair[2] = {(Py_UCS1)ch, (Py_UCS1)next};
            uint16_t key;
            memcpy(&key, pair, 2);
            /* (46b) a capital's glued word asked at the [a-z] before it: a capital alone is no hot pair */
            inline_literals.hot_pair[key] = asked || (INLINE_LOWER(ch) && INLINE_CAPITAL(next))
                || (ch < 128 && (inline_literals.head[ch][next & 31] >= 0 || inline_literals.head[ch][32] >= 0));
        }
        for (int next = 0; ch < 128 && next <= 32; next++)
            inline_literals.hot[ch] |= inline_literals.head[ch][next] >= 0;
    }
    Py_INCREF(literals);
    inline_literals.literals = literals;
    return 0;
}

/* the cues of the literals of the key whose first entry is first, anchored at anchored_at in text (chars, n), that
 * stand there */
static Py_ALWAYS_INLINE inline int
inline_literals_of_key(int kind, const void *chars, Py_ssize_t n, Py_ssize_t anchored_at, int first)
{
    int found = 0;
    for (int k = first; k >= 0; k = inline_literals.next[k]) {
        PyObject *literal = inline_literals.literal[k];
        const Py_ssize_t length = PyUnicode_GET_LENGTH(literal), at = anchored_at - inline_literals.anchor[k];
        if (at < 0 || at + length > n
                || (run_in_packed(kind, chars, n, at) & inline_literals.prefix_mask[k]) != inline_literals.prefix[k])
            continue;
        if (!inline_literals.exact[k]) {
            const int literal_kind = PyUnicode_KIND(literal);
            const void *literal_data = PyUnicode_DATA(literal);
            Py_ssize_t i = 0;
            while (i < length && PyUnicode_READ(kind, chars, at + i) == PyUnicode_READ(literal_kind, literal_data, i))
                i++;
            if (i < length)
                continue;
        }
        const int bits = inline_literals.bits[k];
        if (!(bits & INLINE_READER)) {
            found |= bits;
            continue;
        }
        const Py_UCS4 before = at >= 1 ? PyUnicode_READ(kind, chars, at - 1) : 0;
        if (INLINE_LOWER(before) && (at + length == n || !INLINE_WORD(PyUnicode_READ(kind, chars, at + length))))
            found |= 1 << INLINE_GLUED_READER;
        if (at >= 1 && INLINE_STOP(before))
            found |= 1 << INLINE_AFTER_STOP;
        else if (at >= 2) {
            const Py_UCS4 two = PyUnicode_READ(kind, chars, at - 2);
            if (INLINE_STOP(two) || (at >= 3 && INLINE_STOP(PyUnicode_READ(kind, chars, at - 3))
                                     && (two == '"' || two == 0x201D || two == 0x2019 || two == '\'')))
                found |= 1 << INLINE_AFTER_STOP;
        }
    }
    return found;
}

/* the cues of the literals anchored at anchored, the character at anchored_at in text (chars, n), that stand there */
static int
inline_literals_at(int kind, const void *chars, Py_ssize_t n, Py_ssize_t anchored_at, Py_UCS4 anchored)
{
    const int *heads = inline_literals.head[anchored < 128 ? anchored : 128];
    return inline_literals_of_key(kind, chars, n, anchored_at, heads[32])
        | (anchored_at + 1 < n ? inline_literals_of_key(kind, chars, n, anchored_at,
                                                         heads[PyUnicode_READ(kind, chars, anchored_at + 1) & 31]) : 0);
}

/* whether a quoted line's cue, [.!?]["”][A-Z][^.!?"“”\n]{5,100}[a-z]["“][A-Z], starts at stop (one of [.!?]) */
static Py_ALWAYS_INLINE inline int
inline_quoted_line_at(int kind, const void *chars, Py_ssize_t n, Py_ssize_t stop)
{
    if (stop + 3 >= n)
        return 0;
    const Py_UCS4 mark = PyUnicode_READ(kind, chars, stop + 1);
    if ((mark != '"' && mark != 0x201D) || !INLINE_CAPITAL(PyUnicode_READ(kind, chars, stop + 2)))
        return 0;
    /* the run of the class from stop + 3 ends at a quotation mark: its last character [a-z], 5 to 100 before it */
    Py_ssize_t end = stop + 3;
    for (; end < n && end <= stop + 3 + 101; end++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, chars, end);
        if (ch == '.' || ch == '!' || ch == '?' || ch == '"' || ch == 0x201C || ch == 0x201D || ch == '\n')
            break;
    }
    const Py_ssize_t run = end - (stop + 3) - 1;  /* the class's characters before the last, [a-z] */
    if (run < 5 || run > 100 || end + 1 >= n)
        return 0;
    const Py_UCS4 quote = PyUnicode_READ(kind, chars, end);
    return (quote == '"' || quote == 0x201C) && INLINE_LOWER(PyUnicode_READ(kind, chars, end - 1))
        && INLINE_CAPITAL(PyUnicode_READ(kind, chars, end + 1));
}

/* (31e) hot_pair's entry of two characters below U+0100 (its key: a one-byte str's two bytes read at once) */
static Py_ALWAYS_INLINE inline unsigned char
inline_hot_pair(Py_UCS2 first, Py_UCS2 second)
{
#if PY_LITTLE_ENDIAN
    return inline_literals.hot_pair[first | second << 8];
#else
    return inline_literals.hot_pair[first << 8 | second];
#endif
}

/* the cues of text (chars, n), or -1 at a lone surrogate: each asked at the characters where it may end or stand */
static Py_ALWAYS_INLINE inline int
inline_cues_of(int kind, const void *chars, Py_ssize_t n)
{
    const unsigned char *hot = inline_literals.hot;
    int found = 0;
    for (Py_ssize_t at = 0; at < n; at++) {
        if (kind == PyUnicode_1BYTE_KIND) {  /* most characters, four at a time, each with the one after it (30e) */
            const Py_UCS1 *bytes = (const Py_UCS1 *)chars;
            const unsigned char *hot_pair = inline_literals.hot_pair;
            uint16_t k0, k1, k2, k3;
            while (at + 5 <= n && (memcpy(&k0, bytes + at, 2), memcpy(&k1, bytes + at + 1, 2),
                                   memcpy(&k2, bytes + at + 2, 2), memcpy(&k3, bytes + at + 3, 2),
                                   !(hot_pair[k0] | hot_pair[k1] | hot_pair[k2] | hot_pair[k3])))
                at += 4;
            /* (33c) to the hot pair among the four: a character whose pair is not hot asks nothing below (an anchor
               of no literal with the one after it), where each was taken alone and the four tested again */
            while (at + 1 < n && (memcpy(&k0, bytes + at, 2), !hot_pair[k0]))
                at++;
        }
        else if (kind == PyUnicode_2BYTE_KIND) {  /* (31e) the same where the five characters are below U+0100 */
            const Py_UCS2 *units = (const Py_UCS2 *)chars;
            while (at + 5 <= n) {
                const Py_UCS2 c0 = units[at], c1 = units[at + 1], c2 = units[at + 2], c3 = units[at + 3],
                    c4 = units[at + 4];
                if ((c0 | c1 | c2 | c3 | c4) >= 256 || inline_hot_pair(c0, c1) | inline_hot_pair(c1, c2)
                        | inline_hot_pair(c2, c3) | inline_hot_pair(c3, c4))
                    break;
                at += 4;
            }
            while (at + 1 < n && (units[at] | units[at + 1]) < 256 && !inline_hot_pair(units[at], units[at + 1]))
                at++;  /* (33c) as above */
        }
        const Py_UCS4 ch = PyUnicode_READ(kind, chars, at);
        /* cue 1 at [a-z] before a capital (46b: where the pair tables stop; a capital is asked too where it is hot) */
        if (INLINE_LOWER(ch) && at >= 2 && at + 1 < n && INLINE_CAPITAL(PyUnicode_READ(kind, chars, at + 1))
                && INLINE_LOWER(PyUnicode_READ(kind, chars, at - 1)) && INLINE_LOWER(PyUnicode_READ(kind, chars, at - 2)))
            found |= 1 << INLINE_GLUED;
        if (ch < 256 && !hot[ch])  /* most characters */
            continue;
        if (INLINE_CAPITAL(ch)) {
            if (at >= 3 && INLINE_LOWER(PyUnicode_READ(kind, chars, at - 1))
                    && INLINE_LOWER(PyUnicode_READ(kind, chars, at - 2))
                    && INLINE_LOWER(PyUnicode_READ(kind, chars, at - 3)))
                found |= 1 << INLINE_GLUED;
        }
        else if (INLINE_SEPARATOR(ch)) {
            Py_ssize_t run = 1;  /* the run of separator characters that ends here, up to eight */
            while (run < 8 && at >= run && INLINE_SEPARATOR(PyUnicode_READ(kind, chars, at - run)))
                run++;
            if (run == 8)
                found |= 1 << INLINE_SEPARATED;
            if (ch == '.' && inline_quoted_line_at(kind, chars, n, at))
                found |= 1 << INLINE_QUOTED_LINE;
        }
        else if (ch == '!' || ch == '?') {
            if (inline_quoted_line_at(kind, chars, n, at))
                found |= 1 << INLINE_QUOTED_LINE;
        }
        else if (ch >= 0xD800 && ch <= 0xDFFF)
            return -1;
        const int *heads = inline_literals.head[ch < 128 ? ch : 128];
        if (heads[32] >= 0 || (at + 1 < n && heads[PyUnicode_READ(kind, chars, at + 1) & 31] >= 0))
            found |= inline_literals_at(kind, chars, n, at, ch);
    }
    return found;
}

static PyObject *
inline_cues(PyObject *module, PyObject *args)
{
    PyObject *given[2];
    if (!unpack_args(args, "inline_cues", 2, (PyTypeObject *const[]){&PyUnicode_Type, &PyTuple_Type}, given))
        return NULL;
    PyObject *text = given[0], *literals = given[1];
    if (inline_literals_of(literals) < 0)
        return NULL;
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int found;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND: found = inline_cues_of(PyUnicode_1BYTE_KIND, data, n); break;
    case PyUnicode_2BYTE_KIND: found = inline_cues_of(PyUnicode_2BYTE_KIND, data, n); break;
    default: found = inline_cues_of(PyUnicode_4BYTE_KIND, data, n); break;
    }
    if (found < 0)
        Py_RETURN_NONE;
    return PyLong_FromLong(found);
}

/* ---- 30e: the packs' paragraphs as one UTF-8 text ---- */
/* joined_utf8(texts) -> bytes or None
 *     "\n".join(texts).encode() of a list of str (twin: packs._python_joined_utf8): the text the set of every pack
 *     prefilter searches, written in one pass (eight characters at a time where they are ASCII) without the joined
 *     str; None where a text holds a lone surrogate (there str.encode raises). */

/* the length of a str's UTF-8 (chars, n), or -1 at a lone surrogate */
static Py_ALWAYS_INLINE inline Py_ssize_t
joined_utf8_size(int kind, const void *chars, Py_ssize_t n)
{
    Py_ssize_t size = n;
    if (kind == PyUnicode_1BYTE_KIND) {  /* one more byte for each character beyond ASCII */
        const Py_UCS1 *bytes = (const Py_UCS1 *)chars;
        Py_ssize_t at = 0;
        for (; at + 8 <= n; at += 8) {
            uint64_t x;
            memcpy(&x, bytes + at, 8);
            if (x & 0x8080808080808080ULL)
                for (int k = 0; k < 8; k++)
                    size += bytes[at + k] >> 7;
        }
        for (; at < n; at++)
            size += bytes[at] >> 7;
        return size;
    }
    for (Py_ssize_t at = 0; at < n; at++) {
        if (kind == PyUnicode_2BYTE_KIND && at + 4 <= n) {  /* four ASCII characters at a time */
            uint64_t x;
            memcpy(&x, (const Py_UCS2 *)chars + at, 8);
            if (!(x & 0xFF80FF80FF80FF80ULL)) {
                at += 3;
                continue;
            }
        }
        const Py_UCS4 ch = PyUnicode_READ(kind, chars, at);
        if (ch >= 0x80)
            size += ch < 0x800 ? 1 : ch < 0x10000 ? 2 : 3;
        if (ch >= 0xD800 && ch <= 0xDFFF)
            return -1;
    }
    return size;
}

/* one character's UTF-8 written at out (not a lone surrogate); the end of what was written */
static Py_ALWAYS_INLINE inline char *
joined_utf8_put(Py_UCS4 ch, char *out)
{
    if (ch < 0x80)
        *out++ = (char)ch;
    else if (ch < 0x800) {
        *out++ = (char)(0xC0 | (ch >> 6));
        *out++ = (char)(0x80 | (ch & 0x3F));
    }
    else if (ch < 0x10000) {
        *out++ = (char)(0xE0 | (ch >> 12));
        *out++ = (char)(0x80 | ((ch >> 6) & 0x3F));
        *out++ = (char)(0x80 | (ch & 0x3F));
    }
    else {
        *out++ = (char)(0xF0 | (ch >> 18));
        *out++ = (char)(0x80 | ((ch >> 12) & 0x3F));
        *out++ = (char)(0x80 | ((ch >> 6) & 0x3F));
        *out++ = (char)(0x80 | (ch & 0x3F));
    }
    return out;
}

/* a str's UTF-8 (chars, n) written at out; the end of what was written */
static Py_ALWAYS_INLINE inline char *
joined_utf8_write(int kind, const void *chars, Py_ssize_t n, char *out)
{
    Py_ssize_t at = 0;
    if (kind == PyUnicode_1BYTE_KIND) {  /* eight characters at a time, copied where they are ASCII */
        const Py_UCS1 *bytes = (const Py_UCS1 *)chars;
        for (; at + 8 <= n; at += 8) {
            uint64_t x;
            memcpy(&x, bytes + at, 8);
            if (!(x & 0x8080808080808080ULL)) {
                memcpy(out, &x, 8);
                out += 8;
            }
            else
                for (int k = 0; k < 8; k++)
                    out = joined_utf8_put(bytes[at + k], out);
        }
    }
    else if (kind == PyUnicode_2BYTE_KIND) {  /* four characters at a time, narrowed where they are ASCII */
        const Py_UCS2 *units = (const Py_UCS2 *)chars;
        for (; at + 4 <= n; at += 4) {
            uint64_t x;
            memcpy(&x, units + at, 8);
            if (!(x & 0xFF80FF80FF80FF80ULL)) {
                out[0] = (char)units[at], out[1] = (char)units[at + 1];
                out[2] = (char)units[at + 2], out[3] = (char)units[at + 3];
                out += 4;
            }
            else
                for (int k = 0; k < 4; k++)
                    out = joined_utf8_put(units[at + k], out);
        }
    }
    for (; at < n; at++)
        out = joined_utf8_put(PyUnicode_READ(kind, chars, at), out);
    return out;
}

static PyObject *
joined_utf8(PyObject *module, PyObject *texts)
{
    if (!PyList_Check(texts)) {
        PyErr_SetString(PyExc_TypeError, "joined_utf8() expects a list of str");
        return NULL;
    }
    const Py_ssize_t count = PyList_GET_SIZE(texts);
    Py_ssize_t size = count > 0 ? count - 1 : 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "joined_utf8() expects a list of str");
            return NULL;
        }
        const void *data = PyUnicode_DATA(text);
        const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        Py_ssize_t length;
        if (PyUnicode_IS_ASCII(text))
            length = n;
        else switch (PyUnicode_KIND(text)) {
            case PyUnicode_1BYTE_KIND: length = joined_utf8_size(PyUnicode_1BYTE_KIND, data, n); break;
            case PyUnicode_2BYTE_KIND: length = joined_utf8_size(PyUnicode_2BYTE_KIND, data, n); break;
            default: length = joined_utf8_size(PyUnicode_4BYTE_KIND, data, n); break;
        }
        if (length < 0)
            Py_RETURN_NONE;
        size += length;
    }
    PyObject *joined = PyBytes_FromStringAndSize(NULL, size);
    if (joined == NULL)
        return NULL;
    char *out = PyBytes_AS_STRING(joined);
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        const void *data = PyUnicode_DATA(text);
        const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        if (i > 0)
            *out++ = '\n';
        if (PyUnicode_IS_ASCII(text)) {
            memcpy(out, data, n);
            out += n;
        }
        else switch (PyUnicode_KIND(text)) {
            case PyUnicode_1BYTE_KIND: out = joined_utf8_write(PyUnicode_1BYTE_KIND, data, n, out); break;
            case PyUnicode_2BYTE_KIND: out = joined_utf8_write(PyUnicode_2BYTE_KIND, data, n, out); break;
            default: out = joined_utf8_write(PyUnicode_4BYTE_KIND, data, n, out); break;
        }
    }
    return joined;
}

/* ---- 31e: whether a str is printable (str.isprintable), an ASCII str eight bytes at a time ---- */
/* is_printable(text) -> bool  (twin: str.isprintable; parity in tests/test_native_printable.py)
 *     The concise report asks it of every finding's message, where str.isprintable calls a look-up per character:
 *     an ASCII str is printable where it holds no byte below 0x20 and no 0x7f (the ASCII of categories Cc and Zs
 *     but the space), tested eight bytes at a time; any other str is asked per character (Py_UNICODE_ISPRINTABLE,
 *     what str.isprintable asks). */
static PyObject *
is_printable(PyObject *module, PyObject *text)
{
    REQUIRE_STR(text, "is_printable")
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_IS_ASCII(text)) {
        const Py_UCS1 *bytes = PyUnicode_1BYTE_DATA(text);
        const uint64_t ones = ~(uint64_t)0 / 255;
        Py_ssize_t i = 0;
        for (; i + 8 <= n; i += 8) {  /* (bytes below 0x20 | bytes equal to 0x7f): the borrow marks the first */
            uint64_t x;
            memcpy(&x, bytes + i, 8);
            const uint64_t deleted = x ^ (ones * 0x7f);
            if ((((x - ones * 0x20) & ~x) | ((deleted - ones) & ~deleted)) & (ones * 0x80))
                Py_RETURN_FALSE;
        }
        for (; i < n; i++)
            if (bytes[i] < 0x20 || bytes[i] == 0x7f)
                Py_RETURN_FALSE;
        Py_RETURN_TRUE;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; i++)
        if (!Py_UNICODE_ISPRINTABLE(PyUnicode_READ(kind, data, i)))
            Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}

/* ---- 17H: dates ---- */

/* Whether one of the 8 bytes at chars lies strictly between above and below (at most 0x80: ASCII bytes; bit 7 of
 * each byte above and below, bytes of 0x80 and more excluded) */
static inline int
has_byte_between(const Py_UCS1 *chars, uint64_t above, uint64_t below)
{
    uint64_t x;
    memcpy(&x, chars, 8);
    const uint64_t ones = ~(uint64_t)0 / 255, low7 = ones * 127;
    return ((ones * (127 + below) - (x & low7)) & ~x & ((x & low7) + ones * (127 - above)) & (ones * 128)) != 0;
}

static inline int
iso_decimal(Py_UCS4 ch)
{
    return ch < 128 ? ch >= '0' && ch <= '9' : Py_UNICODE_ISDECIMAL(ch);
}

/* whether dates._ISO_HINT, -[01]\d-[0-3]\d, stands at i (a digit is str.isdecimal, Python's \d): date_cues (block 17p)
 * asks it at each '-' before a digit it reads */
static inline int
iso_hint_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    if (i + 6 > n)
        return 0;
    const Py_UCS4 month = PyUnicode_READ(kind, data, i + 1), day = PyUnicode_READ(kind, data, i + 4);
    return (month == '0' || month == '1') && iso_decimal(PyUnicode_READ(kind, data, i + 2))
        && PyUnicode_READ(kind, data, i + 3) == '-' && day >= '0' && day <= '3'
        && iso_decimal(PyUnicode_READ(kind, data, i + 5));
}

/* ---- 17L: NL502's spaced echoes ---- */

/*
 * spaced_starts(text, words, indexes) -> list[int]  (twin: rules/repetition._python_spaced_starts)
 *     For each i of indexes (ascending, i + 2 < len(words)), where word i of text's word tokens (words, in order)
 *     starts when words i, i + 1 and i + 2 are each separated from the next by one space and nothing else, else -1.
 *     The words are located as word_starts locates them (each the first occurrence at or after the end of the one
 *     before; ValueError where one is not found), only as far as the last index asks, and no start is made a
 *     Python int but the answers.
 */

/* find_from (block 17y) with memchr and memcmp where text and word are one-byte str, and its first character
   looked for in a two-byte str without a read of any kind per character */
static Py_ssize_t
find_word_from(int kind, const void *data, Py_ssize_t n, PyObject *word, Py_ssize_t pos)
{
    const Py_ssize_t m = PyUnicode_GET_LENGTH(word);
    if (kind == PyUnicode_2BYTE_KIND && m > 0) {
        const Py_UCS2 *chars = data;
        const int word_kind = PyUnicode_KIND(word);
        const void *word_data = PyUnicode_DATA(word);
        const Py_UCS4 first = PyUnicode_READ(word_kind, word_data, 0);
        for (; pos + m <= n; pos++) {
            if (chars[pos] != first)
                continue;
            Py_ssize_t k = 1;
            while (k < m && chars[pos + k] == PyUnicode_READ(word_kind, word_data, k))
                k++;
            if (k == m)
                return pos;
        }
        return -1;
    }
    if (kind != PyUnicode_1BYTE_KIND || m == 0 || PyUnicode_KIND(word) != PyUnicode_1BYTE_KIND)
        return find_from(kind, data, n, word, pos);
    const Py_UCS1 *chars = data, *word_chars = PyUnicode_1BYTE_DATA(word);
    while (pos + m <= n) {
        const Py_UCS1 *at = memchr(chars + pos, word_chars[0], (size_t)(n - m + 1 - pos));
        if (at == NULL)
            return -1;
        pos = at - chars;
        if (memcmp(at + 1, word_chars + 1, (size_t)(m - 1)) == 0)
            return pos;
        pos++;
    }
    return -1;
}

static PyObject *
spaced_starts(PyObject *module, PyObject *args)
{
    PyObject *text, *words, *indexes, **items;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "UOO:spaced_starts", &text, &words, &indexes))
        return NULL;
    PyObject *wanted = PySequence_Fast(indexes, "spaced_starts() expects a sequence of indexes");
    if (wanted == NULL)
        return NULL;
    PyObject *sequence = str_sequence(words, "spaced_starts", &items, &count);
    if (sequence == NULL) {
        Py_DECREF(wanted);
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text), asked = PySequence_Fast_GET_SIZE(wanted);
    PyObject *out = PyList_New(asked);
    Py_ssize_t starts[3] = {0, 0, 0}, pos = 0, located = 0;  /* starts[k % 3]: where word k starts */
    for (Py_ssize_t j = 0; out != NULL && j < asked; j++) {
        const Py_ssize_t i = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(wanted, j));
        if (i == -1 && PyErr_Occurred()) {
            Py_CLEAR(out);
            break;
        }
        if (i < 0 || i + 2 >= count || i + 3 < located) {
            PyErr_SetString(PyExc_ValueError, "spaced_starts(): indexes must ascend and leave two words after each");
            Py_CLEAR(out);
            break;
        }
        for (; located < i + 3; located++) {
            const Py_ssize_t at = find_word_from(kind, data, n, items[located], pos);
            if (at < 0) {
                PyErr_SetString(PyExc_ValueError, "spaced_starts(): a word is not in the text after the one before");
                break;
            }
            starts[located % 3] = at;
            pos = at + PyUnicode_GET_LENGTH(items[located]);
        }
        if (located < i + 3) {
            Py_CLEAR(out);
            break;
        }
        Py_ssize_t start = starts[i % 3];
        for (Py_ssize_t k = i; k < i + 2 && start >= 0; k++) {
            const Py_ssize_t end = starts[k % 3] + PyUnicode_GET_LENGTH(items[k]);
            if (starts[(k + 1) % 3] != end + 1 || PyUnicode_READ(kind, data, end) != ' ')
                start = -1;
        }
        PyObject *answer = PyLong_FromSsize_t(start);
        if (answer == NULL) {
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, j, answer);
    }
    Py_DECREF(sequence);
    Py_DECREF(wanted);
    return out;
}

/* ---- 18d: the OCR confusions of a word ---- */

/*
 * ocr_confusions(word, partners, multi) -> frozenset[str]  (twin: ocr/symspell._python_confusions)
 *     The strings one OCR confusion from word: each character swapped for each of its partners (partners: dict of a
 *     character to the str of the characters it is read for), then each occurrence of each bad of multi (a sequence of
 *     (bad, good) str pairs, bad not empty) replaced by its good, overlapping occurrences too; word itself left out.
 *     The set is filled in the twin's order and copied into the frozenset, as the twin's frozenset(set) copies it.
 */

/* adds word[:at] + insert + word[at + cut:] to out (chars: word's code points, n of them; buffer: room for them all) */
static int
add_replaced(PyObject *out, const Py_UCS4 *chars, Py_ssize_t n, Py_ssize_t at, Py_ssize_t cut, PyObject *insert,
             Py_UCS4 *buffer)
{
    const Py_ssize_t m = PyUnicode_GET_LENGTH(insert);
    const int kind = PyUnicode_KIND(insert);
    const void *data = PyUnicode_DATA(insert);
    memcpy(buffer, chars, (size_t)at * sizeof(Py_UCS4));
    for (Py_ssize_t k = 0; k < m; k++)
        buffer[at + k] = PyUnicode_READ(kind, data, k);
    memcpy(buffer + at + m, chars + at + cut, (size_t)(n - at - cut) * sizeof(Py_UCS4));
    PyObject *made = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buffer, n - cut + m);
    if (made == NULL)
        return -1;
    const int added = PySet_Add(out, made);
    Py_DECREF(made);
    return added;
}

static PyObject *
ocr_confusions(PyObject *module, PyObject *args)
{
    PyObject *word, *partners, *multi;
    if (!PyArg_ParseTuple(args, "UO!O:ocr_confusions", &word, &PyDict_Type, &partners, &multi))
        return NULL;
    PyObject *pairs = PySequence_Fast(multi, "ocr_confusions() expects a sequence of (bad, good) pairs");
    if (pairs == NULL)
        return NULL;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(word), count = PySequence_Fast_GET_SIZE(pairs);
    Py_ssize_t longest = 1;  /* the longest good or partner string, for the buffer */
    for (Py_ssize_t j = 0; j < count; j++) {
        PyObject *pair = PySequence_Fast_GET_ITEM(pairs, j);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(pair, 0))
            || !PyUnicode_Check(PyTuple_GET_ITEM(pair, 1)) || PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(pair, 0)) == 0) {
            PyErr_SetString(PyExc_TypeError, "ocr_confusions() expects (bad, good) pairs of str, bad not empty");
            Py_DECREF(pairs);
            return NULL;
        }
        if (PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(pair, 1)) > longest)
            longest = PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(pair, 1));
    }
    Py_UCS4 *chars = PyUnicode_AsUCS4Copy(word);
    Py_UCS4 *buffer = PyMem_Malloc((size_t)(n + longest + 1) * sizeof(Py_UCS4));
    PyObject *out = PySet_New(NULL);
    if (chars == NULL || buffer == NULL || out == NULL) {
        if (chars != NULL && buffer == NULL)
            PyErr_NoMemory();
        goto failed;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = PyUnicode_FromOrdinal(chars[i]);
        if (key == NULL)
            goto failed;
        PyObject *others = PyDict_GetItemWithError(partners, key);  /* borrowed */
        Py_DECREF(key);
        if (others == NULL) {
            if (PyErr_Occurred())
                goto failed;
            continue;
        }
        if (!PyUnicode_Check(others)) {
            PyErr_SetString(PyExc_TypeError, "ocr_confusions() expects partners of str");
            goto failed;
        }
        const Py_ssize_t m = PyUnicode_GET_LENGTH(others);
        for (Py_ssize_t k = 0; k < m; k++) {
            PyObject *other = PyUnicode_Substring(others, k, k + 1);
            if (other == NULL)
                goto failed;
            const int added = add_replaced(out, chars, n, i, 1, other, buffer);
            Py_DECREF(other);
            if (added < 0)
                goto failed;
        }
    }
    for (Py_ssize_t j = 0; j < count; j++) {
        PyObject *pair = PySequence_Fast_GET_ITEM(pairs, j);
        PyObject *bad = PyTuple_GET_ITEM(pair, 0), *good = PyTuple_GET_ITEM(pair, 1);
        const Py_ssize_t m = PyUnicode_GET_LENGTH(bad);
        const int kind = PyUnicode_KIND(bad);
        const void *data = PyUnicode_DATA(bad);
        for (Py_ssize_t at = 0; at + m <= n; at++) {
            Py_ssize_t k = 0;
            while (k < m && chars[at + k] == PyUnicode_READ(kind, data, k))
                k++;
            if (k == m && add_replaced(out, chars, n, at, m, good, buffer) < 0)
                goto failed;
        }
    }
    if (PySet_Discard(out, word) < 0)
        goto failed;
    PyObject *frozen = PyFrozenSet_New(out);
    Py_DECREF(out);
    PyMem_Free(chars);
    PyMem_Free(buffer);
    Py_DECREF(pairs);
    return frozen;
failed:
    Py_XDECREF(out);
    PyMem_Free(chars);
    PyMem_Free(buffer);
    Py_DECREF(pairs);
    return NULL;
}
