using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace Kino.Provenance.C2pa;

/// <summary>
/// An RFC 3161 time-stamp authority reached over HTTP (RFC 3161 §3.4: POST application/timestamp-query). The response is
/// checked against the request (imprint, nonce, the TSA's signature) before its token is used.
/// </summary>
public sealed class TimeStampAuthority(HttpClient http, Uri url)
{
    public Uri Url => url;

    /// <summary>A DER TimeStampToken (CMS ContentInfo) over SHA-256 of <paramref name="data"/>.</summary>
    public async Task<byte[]> StampAsync(byte[] data, CancellationToken ct)
    {
        var request = Rfc3161TimestampRequest.CreateFromData(data, HashAlgorithmName.SHA256, requestSignerCertificates: true,
            nonce: RandomNumberGenerator.GetBytes(8));
        using var content = new ByteArrayContent(request.Encode());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        using var response = await http.PostAsync(url, content, ct);
        if (!response.IsSuccessStatusCode)
            throw new TimeStampException($"The time-stamp authority {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        try
        {
            return request.ProcessResponse(body, out _).AsSignedCms().Encode();
        }
        catch (CryptographicException e)
        {
            throw new TimeStampException($"The time-stamp authority {url} sent an unusable response: {e.Message}", e);
        }
    }
}

public sealed class TimeStampException(string message, Exception? inner = null) : Exception(message, inner);
