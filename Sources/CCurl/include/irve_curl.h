#ifndef IRVE_CURL_H
#define IRVE_CURL_H
/*
 * libcurl loaded at run time from the system's libcurl.so.4 (present on every Debian/Ubuntu
 * system that has curl or git): building irve then needs no libcurl -dev package, so a fresh
 * clone builds with `swift build`. Only the calls and constants irve uses are declared here;
 * their values are libcurl's stable ABI (curl.h), unchanged since 7.x.
 *
 * curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per option kind.
 */
#include <stddef.h>
#include <stdint.h>

typedef struct irve_curl irve_curl;          /* CURL */
typedef struct irve_curl_slist irve_curl_slist; /* struct curl_slist */
typedef struct irve_curl_mime irve_curl_mime;    /* curl_mime */
typedef struct irve_curl_mimepart irve_curl_mimepart; /* curl_mimepart */

/* size_t callback(char *ptr, size_t size, size_t nmemb, void *userdata): write and header callbacks. */
typedef size_t (*irve_curl_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);

/* CURLoption values (CURLOPTTYPE_LONG = 0, OBJECTPOINT = 10000, FUNCTIONPOINT = 20000, OFF_T = 30000). */
#define IRVE_CURLOPT_WRITEDATA 10001
#define IRVE_CURLOPT_URL 10002
#define IRVE_CURLOPT_ERRORBUFFER 10010
#define IRVE_CURLOPT_WRITEFUNCTION 20011
#define IRVE_CURLOPT_POSTFIELDS 10015
#define IRVE_CURLOPT_USERAGENT 10018
#define IRVE_CURLOPT_HTTPHEADER 10023
#define IRVE_CURLOPT_HEADERDATA 10029
#define IRVE_CURLOPT_CUSTOMREQUEST 10036
#define IRVE_CURLOPT_NOBODY 44
#define IRVE_CURLOPT_POST 47
#define IRVE_CURLOPT_FOLLOWLOCATION 52
#define IRVE_CURLOPT_MAXREDIRS 68
#define IRVE_CURLOPT_HEADERFUNCTION 20079
#define IRVE_CURLOPT_HTTPGET 80
#define IRVE_CURLOPT_NOSIGNAL 99
#define IRVE_CURLOPT_ACCEPT_ENCODING 10102
#define IRVE_CURLOPT_TIMEOUT_MS 155
#define IRVE_CURLOPT_CONNECTTIMEOUT_MS 156
#define IRVE_CURLOPT_PROTOCOLS 181
#define IRVE_CURLOPT_REDIR_PROTOCOLS 182
#define IRVE_CURLOPT_POSTFIELDSIZE_LARGE 30120
#define IRVE_CURLOPT_MIMEPOST 10269

#define IRVE_CURLPROTO_HTTP 1L
#define IRVE_CURLPROTO_HTTPS 2L

/* CURLINFO values. */
#define IRVE_CURLINFO_RESPONSE_CODE 0x200002

/* CURLcode values irve tells apart. */
#define IRVE_CURLE_OK 0
#define IRVE_CURLE_UNSUPPORTED_PROTOCOL 1
#define IRVE_CURLE_URL_MALFORMAT 3
#define IRVE_CURLE_COULDNT_RESOLVE_PROXY 5
#define IRVE_CURLE_COULDNT_RESOLVE_HOST 6
#define IRVE_CURLE_COULDNT_CONNECT 7
#define IRVE_CURLE_READ_ERROR 26
#define IRVE_CURLE_OPERATION_TIMEDOUT 28
#define IRVE_CURLE_SSL_CONNECT_ERROR 35
#define IRVE_CURLE_GOT_NOTHING 52
#define IRVE_CURLE_SEND_ERROR 55
#define IRVE_CURLE_RECV_ERROR 56
#define IRVE_CURLE_PEER_FAILED_VERIFICATION 60

#define IRVE_CURL_ERROR_SIZE 256

/* 1 when the library could be loaded (and curl_global_init ran); otherwise irve_curl_load_error() says why. */
int irve_curl_available(void);
const char *irve_curl_load_error(void);
/* libcurl's own version string ("7.88.1"…), or "" when not loaded. */
const char *irve_curl_version(void);

irve_curl *irve_curl_easy_init(void);
void irve_curl_easy_cleanup(irve_curl *handle);
int irve_curl_easy_perform(irve_curl *handle);
const char *irve_curl_easy_strerror(int code);

int irve_curl_setopt_long(irve_curl *handle, int option, long value);
int irve_curl_setopt_string(irve_curl *handle, int option, const char *value);
int irve_curl_setopt_pointer(irve_curl *handle, int option, void *value);
int irve_curl_setopt_off_t(irve_curl *handle, int option, int64_t value);
int irve_curl_setopt_callback(irve_curl *handle, int option, irve_curl_data_callback callback);
int irve_curl_setopt_slist(irve_curl *handle, int option, irve_curl_slist *list);
int irve_curl_setopt_mime(irve_curl *handle, int option, irve_curl_mime *mime);

int irve_curl_getinfo_long(irve_curl *handle, int info, long *value);

irve_curl_slist *irve_curl_slist_append(irve_curl_slist *list, const char *string);
void irve_curl_slist_free_all(irve_curl_slist *list);

irve_curl_mime *irve_curl_mime_init(irve_curl *handle);
void irve_curl_mime_free(irve_curl_mime *mime);
irve_curl_mimepart *irve_curl_mime_addpart(irve_curl_mime *mime);
int irve_curl_mime_name(irve_curl_mimepart *part, const char *name);
int irve_curl_mime_filename(irve_curl_mimepart *part, const char *filename);
int irve_curl_mime_type(irve_curl_mimepart *part, const char *mimetype);
int irve_curl_mime_data(irve_curl_mimepart *part, const char *data, size_t size);
int irve_curl_mime_filedata(irve_curl_mimepart *part, const char *path);

#endif
