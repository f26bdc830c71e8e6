using QRCoder;

namespace OpenSpiral.Web.Features.Feedback;

/// <summary>QR codes as SVG images (sharp at any print size, no inline style, so the strict CSP allows them).</summary>
public static class QrCode
{
    public const string ContentType = "image/svg+xml";

    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(320, 320), "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
