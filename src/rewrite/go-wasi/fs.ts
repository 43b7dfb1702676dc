/**
 * Node's `fs` callbacks API, as Go's syscall package calls it
 * (syscall/fs_js.go), on WASI: paths resolve against the preopened
 * directories, the longest name that is a prefix of the path winning. The
 * process's directory is "/", so "/data/x", "data/x" and "./data/x" are the
 * same path, and a preopen named "/" or "." holds every path no other one
 * does. File descriptors are WASI's,
 * and each call runs to completion before it calls its callback, which
 * syscall/js allows (Go waits on a channel the callback fills).
 */
import { KIND } from "./kinds.js";
import type { StringPool } from "./strings.js";

// The WASI rights that make a file writable: a read-only open asks for the
// directory's inheritable rights without them (a directory opened with
// write rights fails).
const WRITE_RIGHTS = 1 | 64 | 256 | (1 << 22);
const ENOTCAPABLE = 76;

const unary = (name: string, call: string): string => `
(func $fs.${name} (param $args i64)
  (local $fd i32)
  (local.set $fd (call $path (call $arg (local.get $args) (i32.const 0))))
  (if (i32.lt_s (local.get $fd) (i32.const 0)) (then (return (call $fs.fail (local.get $args) (i32.const ${ENOTCAPABLE})))))
  (call $fs.done (local.get $args) (call ${call} (local.get $fd) (global.get $pathPtr) (global.get $pathLen)) (i64.const 0)))
`;

export function fsWat(pool: StringPool): string {
  return `
(global $preopens (mut i32) (i32.const 0))
(global $preopenCount (mut i32) (i32.const 0))
(global $pathPtr (mut i32) (i32.const 0))
(global $pathLen (mut i32) (i32.const 0))

;; Finds the preopened directories (fd 3 on) and keeps their names relative
;; to "/" without a trailing "/" ("/", "." and "./" become the empty name).
(func $preopens.init
  (local $fd i32) (local $entry i32) (local $name i32) (local $len i32)
  (global.set $preopens (call $alloc (i32.const 768)))
  (local.set $fd (i32.const 3))
  (block $done
    (loop $next
      (br_if $done (i32.eq (global.get $preopenCount) (i32.const 64)))
      (br_if $done (call $wasi.fd_prestat_get (local.get $fd) (call $scratch (i32.const 0))))
      (if (i32.eqz (i32.load8_u (call $scratch (i32.const 0))))
        (then
          (local.set $len (i32.load (call $scratch (i32.const 4))))
          (local.set $name (call $alloc (local.get $len)))
          (drop (call $wasi.fd_prestat_dir_name (local.get $fd) (call $abs (local.get $name)) (local.get $len)))
          (loop $trailing
            (if (i32.and (i32.gt_u (local.get $len) (i32.const 0))
                         (i32.eq (i32.load8_u (i32.sub (i32.add (call $abs (local.get $name)) (local.get $len)) (i32.const 1))) (i32.const 47)))
              (then (local.set $len (i32.sub (local.get $len) (i32.const 1))) (br $trailing))))
          (local.set $len (call $path.trim (call $abs (local.get $name)) (local.get $len)))
          (local.set $name (i32.sub (global.get $pathPtr) (global.get $heap)))
          (local.set $entry (call $abs (i32.add (global.get $preopens) (i32.mul (global.get $preopenCount) (i32.const 12)))))
          (i32.store (local.get $entry) (local.get $fd))
          (i32.store offset=4 (local.get $entry) (local.get $name))
          (i32.store offset=8 (local.get $entry) (local.get $len))
          (global.set $preopenCount (i32.add (global.get $preopenCount) (i32.const 1)))))
      (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
      (br $next))))

;; A path relative to "/": leading "/" and "./" go, "." is empty. Gives the
;; length and sets $pathPtr to the start.
(func $path.trim (param $p i32) (param $n i32) (result i32)
  (block $done
    (loop $next
      (if (i32.and (i32.gt_u (local.get $n) (i32.const 0)) (i32.eq (i32.load8_u (local.get $p)) (i32.const 47)))
        (then (local.set $p (i32.add (local.get $p) (i32.const 1))) (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br $next)))
      (if (i32.and (i32.ge_u (local.get $n) (i32.const 2)) (i32.eq (i32.load16_u (local.get $p)) (i32.const 0x2F2E)))
        (then (local.set $p (i32.add (local.get $p) (i32.const 2))) (local.set $n (i32.sub (local.get $n) (i32.const 2))) (br $next)))))
  (if (i32.and (i32.eq (local.get $n) (i32.const 1)) (i32.eq (i32.load8_u (local.get $p)) (i32.const 46)))
    (then (local.set $n (i32.const 0))))
  (global.set $pathPtr (local.get $p))
  (local.get $n))

;; Whether the preopen name ($name, $len) holds the path ($p, $n), both relative to "/".
(func $path.under (param $p i32) (param $n i32) (param $name i32) (param $len i32) (result i32)
  (local $i i32)
  (if (i32.eqz (local.get $len)) (then (return (i32.const 1))))
  (if (i32.lt_u (local.get $n) (local.get $len)) (then (return (i32.const 0))))
  (block $differ
    (loop $next
      (br_if $differ (i32.eq (local.get $i) (local.get $len)))
      (if (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $i))) (i32.load8_u (i32.add (local.get $name) (local.get $i))))
        (then (return (i32.const 0))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
  (i32.or (i32.eq (local.get $n) (local.get $len)) (i32.eq (i32.load8_u (i32.add (local.get $p) (local.get $len))) (i32.const 47))))

;; The preopened directory a path string is under, or -1; sets $pathPtr and
;; $pathLen to the rest of the path ("." for the directory itself).
(func $path (param $s i64) (result i32)
  (local $p i32) (local $n i32) (local $i i32) (local $entry i32) (local $best i32) (local $bestLen i32)
  (if (i32.ne (call $kind (local.get $s)) (i32.const ${KIND.string})) (then (call $die.notString)))
  (local.set $n (call $path.trim (call $abs (call $entry.a (call $id (local.get $s)))) (call $entry.b (call $id (local.get $s)))))
  (local.set $p (global.get $pathPtr))
  (local.set $best (i32.const -1))
  (local.set $bestLen (i32.const -1))
  (block $done
    (loop $next
      (br_if $done (i32.eq (local.get $i) (global.get $preopenCount)))
      (local.set $entry (call $abs (i32.add (global.get $preopens) (i32.mul (local.get $i) (i32.const 12)))))
      (if (i32.and
            (i32.gt_s (i32.load offset=8 (local.get $entry)) (local.get $bestLen))
            (call $path.under (local.get $p) (local.get $n) (call $abs (i32.load offset=4 (local.get $entry))) (i32.load offset=8 (local.get $entry))))
        (then
          (local.set $best (i32.load (local.get $entry)))
          (local.set $bestLen (i32.load offset=8 (local.get $entry)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
  (if (i32.lt_s (local.get $best) (i32.const 0)) (then (return (i32.const -1))))
  (local.set $n (call $path.trim (i32.add (local.get $p) (local.get $bestLen)) (i32.sub (local.get $n) (local.get $bestLen))))
  (local.set $p (global.get $pathPtr))
  (if (i32.eqz (local.get $n))
    (then
      (local.set $p (i32.add (call $abs (global.get $pool)) (i32.const ${pool.add(".").off})))
      (local.set $n (i32.const 1))))
  (global.set $pathPtr (local.get $p))
  (global.set $pathLen (local.get $n))
  (local.get $best))

;; path.resolve(p): the process's directory is "/", so a relative path gets a "/" in front.
(func $path.resolve (param $s i64) (result i64)
  (local $n i32) (local $block i32)
  (if (i32.ne (call $kind (local.get $s)) (i32.const ${KIND.string})) (then (call $die.notString)))
  (local.set $n (call $entry.b (call $id (local.get $s))))
  (if (i32.and (i32.gt_u (local.get $n) (i32.const 0))
               (i32.eq (i32.load8_u (call $abs (call $entry.a (call $id (local.get $s))))) (i32.const 47)))
    (then (return (local.get $s))))
  (local.set $block (call $alloc (i32.add (local.get $n) (i32.const 1))))
  (i32.store8 (call $abs (local.get $block)) (i32.const 47))
  (memory.copy (i32.add (call $abs (local.get $block)) (i32.const 1)) (call $abs (call $entry.a (call $id (local.get $s)))) (local.get $n))
  (call $value.new (i32.const ${KIND.string}) (i32.const 2) (local.get $block) (i32.add (local.get $n) (i32.const 1))))

;; Calls the callback (the last argument): (error) or (null, result).
(func $fs.done (param $args i64) (param $errno i32) (param $result i64)
  (local $cb i64)
  (local.set $cb (call $arg (local.get $args) (i32.sub (call $entry.b (call $id (local.get $args))) (i32.const 1))))
  (if (local.get $errno)
    (then (call $invoke2 (local.get $cb) (call $error (local.get $errno)) (i64.const 0)))
    (else (call $invoke2 (local.get $cb) (global.get $null) (local.get $result)))))

(func $fs.fail (param $args i64) (param $errno i32)
  (call $fs.done (local.get $args) (local.get $errno) (i64.const 0)))

;; Methods WASI has no counterpart of (permissions, owners, times, links) fail with ENOSYS.
(func $fs.unsupported (param $args i64)
  (call $fs.fail (local.get $args) (i32.const 52)))

(func $fdArg (param $args i64) (result i32)
  (call $toI32 (call $arg (local.get $args) (i32.const 0))))

;; What a file opened in the directory $dir may do: all it may, or that but writing.
(func $rights (param $dir i32) (param $readOnly i32) (result i64)
  (local $rights i64)
  (drop (call $wasi.fd_fdstat_get (local.get $dir) (call $scratch (i32.const 48))))
  (local.set $rights (i64.load (call $scratch (i32.const 64))))
  (select (i64.and (local.get $rights) (i64.const ${~WRITE_RIGHTS})) (local.get $rights) (local.get $readOnly)))

;; open(path, flags, mode, callback(err, fd))
(func $fs.open (param $args i64)
  (local $dir i32) (local $flags i32) (local $oflags i32) (local $rights i64) (local $errno i32)
  (local.set $dir (call $path (call $arg (local.get $args) (i32.const 0))))
  (if (i32.lt_s (local.get $dir) (i32.const 0)) (then (return (call $fs.fail (local.get $args) (i32.const ${ENOTCAPABLE})))))
  (local.set $flags (call $toI32 (call $arg (local.get $args) (i32.const 1))))
  (local.set $oflags (i32.or
    (i32.or (i32.ne (i32.and (local.get $flags) (i32.const 64)) (i32.const 0))
            (i32.shl (i32.ne (i32.and (local.get $flags) (i32.const 65536)) (i32.const 0)) (i32.const 1)))
    (i32.or (i32.shl (i32.ne (i32.and (local.get $flags) (i32.const 128)) (i32.const 0)) (i32.const 2))
            (i32.shl (i32.ne (i32.and (local.get $flags) (i32.const 512)) (i32.const 0)) (i32.const 3)))))
  (local.set $rights (call $rights (local.get $dir) (i32.eqz (i32.and (local.get $flags) (i32.const 3)))))
  (local.set $errno (call $wasi.path_open (local.get $dir) (i32.const 1) (global.get $pathPtr) (global.get $pathLen)
    (local.get $oflags) (local.get $rights) (local.get $rights)
    (i32.ne (i32.and (local.get $flags) (i32.const 1024)) (i32.const 0))
    (call $scratch (i32.const 0))))
  (call $fs.done (local.get $args) (local.get $errno) (call $int (i64.extend_i32_u (i32.load (call $scratch (i32.const 0)))))))

;; close(fd, callback(err))
(func $fs.close (param $args i64)
  (call $fs.done (local.get $args) (call $wasi.fd_close (call $fdArg (local.get $args))) (i64.const 0)))

;; read(fd, buffer, offset, length, position, callback(err, n)); write likewise.
(func $fs.transfer (param $args i64) (param $writing i32)
  (local $fd i32) (local $buf i64) (local $iov i32) (local $pos i64) (local $errno i32)
  (local.set $fd (call $fdArg (local.get $args)))
  (local.set $buf (call $arg (local.get $args) (i32.const 1)))
  (if (i32.ne (call $kind (local.get $buf)) (i32.const ${KIND.bytes})) (then (call $die.notArray)))
  (local.set $iov (call $scratch (i32.const 0)))
  (i32.store (local.get $iov) (i32.add (call $abs (call $entry.a (call $id (local.get $buf)))) (call $toI32 (call $arg (local.get $args) (i32.const 2)))))
  (i32.store offset=4 (local.get $iov) (call $toI32 (call $arg (local.get $args) (i32.const 3))))
  (local.set $pos (call $arg (local.get $args) (i32.const 4)))
  (local.set $errno
    (if (result i32) (call $isNullish (local.get $pos))
      (then
        (if (result i32) (local.get $writing)
          (then (call $wasi.fd_write (local.get $fd) (local.get $iov) (i32.const 1) (call $scratch (i32.const 8))))
          (else (call $wasi.fd_read (local.get $fd) (local.get $iov) (i32.const 1) (call $scratch (i32.const 8))))))
      (else
        (if (result i32) (local.get $writing)
          (then (call $wasi.fd_pwrite (local.get $fd) (local.get $iov) (i32.const 1) (call $toI64 (local.get $pos)) (call $scratch (i32.const 8))))
          (else (call $wasi.fd_pread (local.get $fd) (local.get $iov) (i32.const 1) (call $toI64 (local.get $pos)) (call $scratch (i32.const 8))))))))
  (call $fs.done (local.get $args) (local.get $errno) (call $int (i64.extend_i32_u (i32.load (call $scratch (i32.const 8)))))))

(func $fs.read (param $args i64) (call $fs.transfer (local.get $args) (i32.const 0)))
(func $fs.write (param $args i64) (call $fs.transfer (local.get $args) (i32.const 1)))

;; fstat(fd, callback(err, stats))
(func $fs.fstat (param $args i64)
  (local $block i32) (local $errno i32)
  (local.set $block (call $alloc (i32.const 64)))
  (local.set $errno (call $wasi.fd_filestat_get (call $fdArg (local.get $args)) (call $abs (local.get $block))))
  (call $fs.stats (local.get $args) (local.get $errno) (local.get $block)))

(func $fs.stats (param $args i64) (param $errno i32) (param $block i32)
  (if (local.get $errno) (then (call $free (local.get $block)) (return (call $fs.fail (local.get $args) (local.get $errno)))))
  (call $fs.done (local.get $args) (i32.const 0) (call $value.new (i32.const ${KIND.stats}) (i32.const 1) (local.get $block) (i32.const 0))))

;; stat(path, callback(err, stats)); lstat does not follow a last symbolic link.
(func $fs.pathStat (param $args i64) (param $follow i32)
  (local $dir i32) (local $block i32)
  (local.set $dir (call $path (call $arg (local.get $args) (i32.const 0))))
  (if (i32.lt_s (local.get $dir) (i32.const 0)) (then (return (call $fs.fail (local.get $args) (i32.const ${ENOTCAPABLE})))))
  (local.set $block (call $alloc (i32.const 64)))
  (call $fs.stats (local.get $args)
    (call $wasi.path_filestat_get (local.get $dir) (local.get $follow) (global.get $pathPtr) (global.get $pathLen) (call $abs (local.get $block)))
    (local.get $block)))

(func $fs.stat (param $args i64) (call $fs.pathStat (local.get $args) (i32.const 1)))
(func $fs.lstat (param $args i64) (call $fs.pathStat (local.get $args) (i32.const 0)))

;; readdir(path, callback(err, names)): the names but "." and "..".
(func $fs.readdir (param $args i64)
  (local $dir i32) (local $fd i32) (local $errno i32) (local $names i64) (local $buf i32)
  (local $cookie i64) (local $used i32) (local $at i32) (local $len i32) (local $name i32)
  (local.set $dir (call $path (call $arg (local.get $args) (i32.const 0))))
  (if (i32.lt_s (local.get $dir) (i32.const 0)) (then (return (call $fs.fail (local.get $args) (i32.const ${ENOTCAPABLE})))))
  (local.set $errno (call $wasi.path_open (local.get $dir) (i32.const 1) (global.get $pathPtr) (global.get $pathLen)
    (i32.const 2) (call $rights (local.get $dir) (i32.const 1)) (call $rights (local.get $dir) (i32.const 1)) (i32.const 0) (call $scratch (i32.const 0))))
  (if (local.get $errno) (then (return (call $fs.fail (local.get $args) (local.get $errno)))))
  (local.set $fd (i32.load (call $scratch (i32.const 0))))
  (local.set $names (call $array (i32.const 0)))
  (local.set $buf (call $alloc (i32.const 4096)))
  (block $end
    (loop $batch
      (local.set $errno (call $wasi.fd_readdir (local.get $fd) (call $abs (local.get $buf)) (i32.const 4096) (local.get $cookie) (call $scratch (i32.const 0))))
      (br_if $end (local.get $errno))
      (local.set $used (i32.load (call $scratch (i32.const 0))))
      (local.set $at (i32.const 0))
      (block $partial
        (loop $entry
          (br_if $partial (i32.gt_u (i32.add (local.get $at) (i32.const 24)) (local.get $used)))
          (local.set $len (i32.load offset=16 (i32.add (call $abs (local.get $buf)) (local.get $at))))
          (br_if $partial (i32.gt_u (i32.add (i32.add (local.get $at) (i32.const 24)) (local.get $len)) (local.get $used)))
          (local.set $name (i32.add (i32.add (call $abs (local.get $buf)) (local.get $at)) (i32.const 24)))
          (if (i32.eqz (i32.or
                (i32.and (i32.eq (local.get $len) (i32.const 1)) (i32.eq (i32.load8_u (local.get $name)) (i32.const 46)))
                (i32.and (i32.eq (local.get $len) (i32.const 2)) (i32.eq (i32.load16_u (local.get $name)) (i32.const 0x2E2E)))))
            (then (call $array.push (local.get $names) (call $string (local.get $name) (local.get $len)))))
          (local.set $cookie (i64.load (i32.add (call $abs (local.get $buf)) (local.get $at))))
          (local.set $at (i32.add (i32.add (local.get $at) (i32.const 24)) (local.get $len)))
          (br $entry)))
      ;; A full buffer may end in a cut entry: read on from the last whole one.
      (br_if $batch (i32.and (i32.eq (local.get $used) (i32.const 4096)) (i32.gt_u (local.get $at) (i32.const 0))))))
  (call $free (local.get $buf))
  (drop (call $wasi.fd_close (local.get $fd)))
  (call $fs.done (local.get $args) (local.get $errno) (local.get $names)))
${unary("mkdir", "$wasi.path_create_directory")}
${unary("unlink", "$wasi.path_unlink_file")}
${unary("rmdir", "$wasi.path_remove_directory")}

;; rename(from, to, callback(err))
(func $fs.rename (param $args i64)
  (local $fromDir i32) (local $fromPtr i32) (local $fromLen i32) (local $toDir i32)
  (local.set $fromDir (call $path (call $arg (local.get $args) (i32.const 0))))
  (local.set $fromPtr (global.get $pathPtr))
  (local.set $fromLen (global.get $pathLen))
  (local.set $toDir (call $path (call $arg (local.get $args) (i32.const 1))))
  (if (i32.or (i32.lt_s (local.get $fromDir) (i32.const 0)) (i32.lt_s (local.get $toDir) (i32.const 0)))
    (then (return (call $fs.fail (local.get $args) (i32.const ${ENOTCAPABLE})))))
  (call $fs.done (local.get $args)
    (call $wasi.path_rename (local.get $fromDir) (local.get $fromPtr) (local.get $fromLen) (local.get $toDir) (global.get $pathPtr) (global.get $pathLen))
    (i64.const 0)))

;; fsync(fd, callback(err))
(func $fs.fsync (param $args i64)
  (call $fs.done (local.get $args) (call $wasi.fd_sync (call $fdArg (local.get $args))) (i64.const 0)))

;; ftruncate(fd, length, callback(err))
(func $fs.ftruncate (param $args i64)
  (call $fs.done (local.get $args)
    (call $wasi.fd_filestat_set_size (call $fdArg (local.get $args)) (call $toI64 (call $arg (local.get $args) (i32.const 1))))
    (i64.const 0)))
`;
}

