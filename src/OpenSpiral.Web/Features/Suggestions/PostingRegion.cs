namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// The slots of one feature in the inverted index. While it has room, postings are appended;
/// once a capped feature is full, the slots become a min-heap on weight and a new posting
/// replaces the lightest one only if it weighs more.
/// </summary>
internal readonly ref struct PostingRegion(Span<int> criteria, Span<float> weights)
{
    private readonly Span<int> _criteria = criteria;
    private readonly Span<float> _weights = weights;

    public void Offer(ref int filled, bool capped, int criterion, float weight)
    {
        var size = _criteria.Length;
        if (filled < size)
        {
            _criteria[filled] = criterion;
            _weights[filled] = weight;
            filled++;
            if (filled == size && capped)
            {
                for (var i = (size / 2) - 1; i >= 0; i--)
                {
                    SiftDown(i);
                }
            }

            return;
        }

        if (weight > _weights[0])
        {
            _criteria[0] = criterion;
            _weights[0] = weight;
            SiftDown(0);
        }
    }

    private void SiftDown(int i)
    {
        var size = _criteria.Length;
        while (true)
        {
            var smallest = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < size && _weights[left] < _weights[smallest])
            {
                smallest = left;
            }

            if (right < size && _weights[right] < _weights[smallest])
            {
                smallest = right;
            }

            if (smallest == i)
            {
                return;
            }

            (_criteria[i], _criteria[smallest]) = (_criteria[smallest], _criteria[i]);
            (_weights[i], _weights[smallest]) = (_weights[smallest], _weights[i]);
            i = smallest;
        }
    }
}
