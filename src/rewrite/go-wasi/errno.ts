/**
 * WASI preview 1 error numbers by the Node.js error code Go's `syscall`
 * package maps back to an errno (syscall/tables_js.go). Node codes that
 * WASI has no number for never occur; WASI's ENOTCAPABLE (a path outside
 * every preopened directory) becomes EPERM, which Go prints as "operation
 * not permitted".
 */
export const WASI_ERRNO_CODES: readonly (readonly [number, string])[] = [
  [1, "E2BIG"], [2, "EACCES"], [3, "EADDRINUSE"], [4, "EADDRNOTAVAIL"], [5, "EAFNOSUPPORT"],
  [6, "EAGAIN"], [7, "EALREADY"], [8, "EBADF"], [9, "EBADMSG"], [10, "EBUSY"], [11, "ECANCELED"],
  [12, "ECHILD"], [13, "ECONNABORTED"], [14, "ECONNREFUSED"], [15, "ECONNRESET"], [16, "EDEADLK"],
  [17, "EDESTADDRREQ"], [18, "EDOM"], [20, "EEXIST"], [21, "EFAULT"], [22, "EFBIG"],
  [23, "EHOSTUNREACH"], [24, "EIDRM"], [25, "EILSEQ"], [26, "EINPROGRESS"], [27, "EINTR"],
  [28, "EINVAL"], [29, "EIO"], [30, "EISCONN"], [31, "EISDIR"], [32, "ELOOP"], [33, "EMFILE"],
  [34, "EMLINK"], [35, "EMSGSIZE"], [37, "ENAMETOOLONG"], [38, "ENETDOWN"], [39, "ENETRESET"],
  [40, "ENETUNREACH"], [41, "ENFILE"], [42, "ENOBUFS"], [43, "ENODEV"], [44, "ENOENT"],
  [45, "ENOEXEC"], [46, "ENOLCK"], [48, "ENOMEM"], [49, "ENOMSG"], [50, "ENOPROTOOPT"],
  [51, "ENOSPC"], [52, "ENOSYS"], [53, "ENOTCONN"], [54, "ENOTDIR"], [55, "ENOTEMPTY"],
  [57, "ENOTSOCK"], [58, "ENOTSUP"], [59, "ENOTTY"], [60, "ENXIO"], [61, "EOVERFLOW"],
  [63, "EPERM"], [64, "EPIPE"], [65, "EPROTO"], [66, "EPROTONOSUPPORT"], [67, "EPROTOTYPE"],
  [68, "ERANGE"], [69, "EROFS"], [70, "ESPIPE"], [71, "ESRCH"], [73, "ETIMEDOUT"], [74, "ETXTBSY"],
  [75, "EXDEV"], [76, "EPERM"],
];
