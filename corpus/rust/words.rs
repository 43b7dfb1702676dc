//! A Rust library for wasm32-unknown-unknown: counts word frequencies in a
//! UTF-8 text that the host writes into the module's memory, using std's
//! String, Vec and BTreeMap, so the output carries Rust's allocator
//! (dlmalloc), formatting and panic machinery. The host asks for a buffer with
//! `buffer_alloc`, writes the text, calls `count_words`, then reads the report
//! (`word count` lines, most frequent first) at `report_ptr`/`report_len`.

use std::collections::BTreeMap;

static mut REPORT: Vec<u8> = Vec::new();

#[no_mangle]
pub extern "C" fn buffer_alloc(len: usize) -> *mut u8 {
    let mut buffer = Vec::<u8>::with_capacity(len);
    let ptr = buffer.as_mut_ptr();
    std::mem::forget(buffer); // the host owns it until buffer_free
    ptr
}

/// # Safety
/// `ptr` and `capacity` must come from one `buffer_alloc` call.
#[no_mangle]
pub unsafe extern "C" fn buffer_free(ptr: *mut u8, capacity: usize) {
    drop(Vec::from_raw_parts(ptr, 0, capacity));
}

fn frequencies(text: &str) -> Vec<(String, u32)> {
    let mut counts = BTreeMap::<String, u32>::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    let mut sorted: Vec<(String, u32)> = counts.into_iter().collect();
    // Most frequent first; equal counts stay in alphabetical order (the sort is stable).
    sorted.sort_by(|a, b| b.1.cmp(&a.1));
    sorted
}

/// Returns the number of distinct words, or -1 when the text is not UTF-8.
///
/// # Safety
/// `ptr` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn count_words(ptr: *const u8, len: usize) -> i32 {
    let bytes = std::slice::from_raw_parts(ptr, len);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => return -1,
    };
    let words = frequencies(text);
    let mut report = String::new();
    for (word, count) in &words {
        report.push_str(&format!("{} {}\n", word, count));
    }
    REPORT = report.into_bytes();
    words.len() as i32
}

#[no_mangle]
pub unsafe extern "C" fn report_ptr() -> *const u8 {
    REPORT.as_ptr()
}

#[no_mangle]
pub unsafe extern "C" fn report_len() -> usize {
    REPORT.len()
}
